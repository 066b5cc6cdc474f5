"""Fill the English plural forms that lupdate -pluralonly collected: "%n ticket(s)" becomes
"%n ticket" / "%n tickets". Run by tools/i18n.sh; a form written by hand is kept."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def forms(source: str) -> tuple[str, str]:
    one = re.sub(r"\((?:e?s)\)", "", source)
    many = re.sub(r"\((e?s)\)", r"\1", source)
    return one, many


def main(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        assert translation is not None
        done = [f.text for f in translation.findall("numerusform") if f.text]
        if len(done) == 2 and translation.get("type") != "unfinished":
            continue
        for f in list(translation):
            translation.remove(f)
        for text in forms(message.findtext("source", "")):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
