#!/bin/sh
# The Nu HTML Checker (tests/site/nu-html-checker.test.ts) runs on Java: Debian's, never a download.
command -v java >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's Java for the Nu HTML Checker..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless) >/dev/null || {
    echo "Could not install default-jre-headless with apt-get." >&2
    exit 1
  }
  exit 0
fi
echo "The HTML checks need Java: run 'sudo apt-get install -y default-jre-headless'." >&2
exit 1
