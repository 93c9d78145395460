import { describe, expect, it } from "vitest";
import { rssChannelData, toJsonFeed, toRssItems, type FeedItem } from "./feeds.ts";

const item: FeedItem = {
  url: "https://example.org/articles/a/",
  title: "A & B",
  summary: "Summary",
  published: new Date("2017-09-01T04:00:00Z"),
  modified: new Date("2017-09-02T04:00:00Z"),
  tags: ["Canada's response"],
  author: "Refuge North staff",
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
    });
  });

  it("maps items to RSS items with link, date and categories", () => {
    expect(toRssItems([item])[0]).toEqual({
      title: "A & B",
      link: item.url,
      description: "Summary",
      pubDate: item.published,
      categories: ["Canada's response"],
    });
  });
});

describe("rssChannelData", () => {
  it("names the language and links the feed to its own address", () => {
    const data = rssChannelData("en", new URL("/topics/a b/rss.xml", "https://refugenorth.example"));
    expect(data).toBe(
      '<language>en</language><atom:link href="https://refugenorth.example/topics/a%20b/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });
});
