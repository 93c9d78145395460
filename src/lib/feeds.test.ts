import { describe, expect, it } from "vitest";
import { absoluteLinks, rssChannelData, toJsonFeed, toRssItems, type FeedItem } from "./feeds.ts";

const item: FeedItem = {
  url: "https://example.org/articles/a/",
  title: "A & B",
  summary: "Summary",
  published: new Date("2017-09-01T04:00:00Z"),
  modified: new Date("2017-09-02T04:00:00Z"),
  tags: ["Canada's response"],
  author: "Refuge North staff",
  contentHtml: "<p>Text.</p>",
  image: { url: "https://example.org/articles/a/share.png", width: 1200, height: 630, type: "image/png" },
};
const meta = {
  title: "Refuge North",
  description: "D",
  homeUrl: "https://example.org/",
  feedUrl: "https://example.org/feed.json",
  lang: "en",
  icon: "https://example.org/logo.png",
};

describe("feeds", () => {
  it("writes a JSON Feed 1.1 with absolute URLs and ISO dates", () => {
    const feed = JSON.parse(JSON.stringify(toJsonFeed(meta, [item])));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items[0]).toMatchObject({
      id: item.url,
      url: item.url,
      title: "A & B",
      date_published: "2017-09-01T04:00:00.000Z",
      date_modified: "2017-09-02T04:00:00.000Z",
      content_html: "<p>Text.</p>",
      image: "https://example.org/articles/a/share.png",
    });
  });

  it("maps items to RSS items with link, date, categories, full text, author and image", () => {
    expect(toRssItems([{ ...item, author: "A & B's staff" }])[0]).toEqual({
      title: "A & B",
      link: item.url,
      description: "Summary",
      pubDate: item.published,
      categories: ["Canada's response"],
      content: "<p>Text.</p>",
      customData:
        "<dc:creator>A &amp; B&apos;s staff</dc:creator>" +
        '<media:content url="https://example.org/articles/a/share.png" medium="image" type="image/png" width="1200" height="630"/>',
    });
  });

  it("makes a body's links absolute for readers that show it away from its page", () => {
    const html =
      '<p>A claim.<sup><a href="#source-x">[1]</a></sup> See <a href="/articles/b/">b</a>, <a href="https://other.example/">c</a> and <img src="/images/d.png" alt="">.</p>';
    expect(absoluteLinks(html, "https://example.org/articles/a/")).toBe(
      '<p>A claim.<sup><a href="https://example.org/articles/a/#source-x">[1]</a></sup> See <a href="https://example.org/articles/b/">b</a>, <a href="https://other.example/">c</a> and <img src="https://example.org/images/d.png" alt="">.</p>',
    );
  });
});

describe("rssChannelData", () => {
  it("names the language and links the feed to its own address", () => {
    const data = rssChannelData("en", new URL("/topics/a b/rss.xml", "https://refugenorth.example"));
    expect(data).toBe(
      '<language>en</language><atom:link href="https://refugenorth.example/topics/a%20b/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });

  it("dates the channel by its newest change, so the same content gives the same feed", () => {
    const older = { ...item, modified: new Date("2017-01-01T05:00:00Z") };
    const data = rssChannelData("en", new URL("/rss.xml", "https://refugenorth.example"), [older, item]);
    expect(data).toContain("<lastBuildDate>Sat, 02 Sep 2017 04:00:00 GMT</lastBuildDate>");
  });
});
