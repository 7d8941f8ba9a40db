#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Limber authors
"""Fills the plural forms of resources/translations/limber_en.ts from the source strings.

The source strings write plurals the Qt way, "%n week(s)"; English needs "1 week" and "6 weeks". Run after
`cmake --build BUILD --target update_translations`; the other messages stay untranslated, so the source
text is shown.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "resources/translations/limber_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in (re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
    filled += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as ts:
    text = ts.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    ts.seek(0)
    ts.write(text)
    ts.truncate()
print(f"{path}: {filled} plural messages filled")
