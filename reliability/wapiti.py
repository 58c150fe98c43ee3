#!/usr/bin/python3
"""Debian's wapiti 3.0.4, made safe and working here, then run by its own entry point unchanged.

- It builds every attack module before -m chooses among them, and the constructor of mod_wapp downloads
  its database from the internet (even with -m common,-wapp): the modules that reach the internet (wapp,
  ssrf, nikto) are taken out of its list so they are never built.
- Its wildcard_translate puts the regex flags (?ms) at the end of the pattern, which Python 3.11 refuses
  ("global flags not at the start of the expression"), so every -x fails: the flags go first.
"""
import re
import sys

import wapitiCore.attack.attack as attack
import wapitiCore.net.crawler as crawler

attack.modules[:] = [name for name in attack.modules if name not in ("mod_wapp", "mod_ssrf", "mod_nikto")]


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402 (after the patch)

sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
