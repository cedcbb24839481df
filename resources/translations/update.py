#!/usr/bin/env python3
"""Refreshes hoivien_vi.ts and hoivien_en.ts from the sources: runs lupdate over src and ui, then puts
the strings of the free tr() helpers back into the context they use at run time.

Several files translate through a helper outside any class, e.g.
    QString tr(const char* s) { return QCoreApplication::translate("hv::UnitRepository", s); }
lupdate cannot know that context: it files such strings under the enclosing namespace or class ("hv",
"hv::Generator") and warns "Class '...' lacks Q_OBJECT macro". This script moves every message that
lupdate filed under such a warned name, in a file that defines a helper, into the helper's context, and
keeps an existing translation there. Strings of real Q_OBJECT classes are not touched. Messages that no
longer exist anywhere in the sources are dropped.

Usage (from anywhere): python3 resources/translations/update.py
Run it after adding strings, then translate the new (unfinished) messages of hoivien_vi.ts in Qt
Linguist. hoivien_en.ts translates only the plural forms of %Ln messages ("member(s)" → member / members): the
source texts are English. qt_extra_vi.ts (Qt's
own strings) is edited by hand and not touched here.
"""
import copy
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
TS_FILES = [os.path.join(HERE, "hoivien_vi.ts"), os.path.join(HERE, "hoivien_en.ts")]
HELPER = re.compile(
    r'(?:(?:inline\s+)?QString\s+tr\s*\([^)]*\)\s*(?:const\s*)?\{|auto\s+tr\s*=\s*\[[^\]]*\]\s*\([^)]*\)[^{]*\{)\s*'
    r'(?:return\s+)?QCoreApplication::translate\(\s*"([^"]+)"', re.S)


def find_lupdate():
    for candidate in ("/usr/lib/qt6/bin/lupdate", "lupdate6", "lupdate"):
        path = candidate if os.path.isabs(candidate) else shutil.which(candidate)
        if path and os.path.exists(path):
            return path
    sys.exit("lupdate not found (install qt6-l10n-tools)")


QOBJECT = re.compile(r'class\s+(\w+)\s*(?:final\s*)?(?::[^{;]*)?\{\s*(?:Q_OBJECT|Q_GADGET|Q_DECLARE_TR_FUNCTIONS)')
INCLUDE = re.compile(r'#include\s+"([^"]+)"')


def scan_sources():
    """(file relative to ROOT -> context of the tr() helper it defines or includes, QObject class names)."""
    texts = {}
    for folder, _, files in os.walk(os.path.join(ROOT, "src")):
        for name in files:
            if name.endswith((".cpp", ".h")):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    texts[os.path.relpath(path, ROOT)] = f.read()
    own = {path: m.group(1) for path, text in texts.items() if (m := HELPER.search(text))}
    def helper_of(path, seen):
        # The helper a file defines, or one of the files it includes (at any depth) defines.
        if path in own:
            return own[path]
        seen.add(path)
        for inc in INCLUDE.findall(texts.get(path, "")):
            for candidate in (os.path.join("src", inc), os.path.join(os.path.dirname(path), inc)):
                candidate = os.path.normpath(candidate)
                if candidate in texts and candidate not in seen and (found := helper_of(candidate, seen)):
                    return found
        return None

    helpers = {path: found for path in texts if (found := helper_of(path, set()))}
    classes = {m for text in texts.values() for m in QOBJECT.findall(text)}
    return helpers, classes


def key(message):
    comment = message.find("comment")
    return (message.findtext("source"), comment.text if comment is not None else None)


def is_live(message):
    t = message.find("translation")
    return t is None or t.get("type") not in ("vanished", "obsolete")


def has_text(message):
    t = message.find("translation")
    if t is None:
        return False
    numerus = t.findall("numerusform")
    return any(n.text for n in numerus) if numerus else bool(t.text)


def fix(ts_path, warned, helpers, classes):
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}

    def context(name):
        if name not in contexts:
            c = ET.SubElement(root, "context")
            ET.SubElement(c, "name").text = name
            contexts[name] = c
        return contexts[name]

    moved = 0
    unused = set()
    lines = {}

    def explicit(source, line, name):
        # QCoreApplication::translate("context", ...) written out: lupdate took the context from it.
        if source not in lines:
            with open(os.path.join(ROOT, source), encoding="utf-8") as f:
                lines[source] = f.read().split("\n")
        window = lines[source][max(0, line - 4):line + 1]
        return any('"%s"' % name in text for text in window)

    def place(dest, message):
        twin = next((m for m in dest.findall("message") if key(m) == key(message)), None)
        if twin is not None:
            fresh = has_text(message) and message.find("translation").get("type") != "unfinished"
            if has_text(twin) and not fresh:
                # Kept from an earlier run (lupdate marked it vanished there): revive its translation.
                translation = twin.find("translation")
                if translation.get("type") in ("vanished", "obsolete"):
                    del translation.attrib["type"]
                for loc in twin.findall("location"):
                    twin.remove(loc)
                for i, loc in enumerate(message.findall("location")):
                    twin.insert(i, loc)
                return
            if is_live(twin):  # the same text from another file of that context
                for i, loc in enumerate(message.findall("location")):
                    twin.insert(i, loc)
                return
            dest.remove(twin)
        dest.append(message)

    for name, ctx in list(contexts.items()):
        if name not in warned and name.split("::")[-1] in classes:
            continue
        for message in list(ctx.findall("message")):
            locations = message.findall("location")
            if not locations or not is_live(message):
                continue
            # lupdate merges one text used in several files into one message; those files may use
            # different helpers, so each location goes to its own file's context.
            groups = {}
            for location in locations:
                source = os.path.relpath(os.path.normpath(os.path.join(HERE, location.get("filename"))), ROOT)
                if source.startswith("ui" + os.sep) or explicit(source, int(location.get("line")), name):
                    target = name  # Qt Designer forms (the context is the form's class), or an explicit context
                else:
                    target = helpers.get(source)
                    if not target:
                        # A tr() that is no translation at all (e.g. fixed Vietnamese report headers): never looked up.
                        unused.add(source)
                groups.setdefault(target, []).append(location)
            if list(groups) == [name]:
                continue
            ctx.remove(message)
            for target, group in groups.items():
                if not target:
                    continue
                part = copy.deepcopy(message)
                for loc in part.findall("location"):
                    part.remove(loc)
                for i, loc in enumerate(group):
                    part.insert(i, copy.deepcopy(loc))
                if target == name:
                    ctx.append(part)
                    continue
                moved += 1
                place(context(target), part)
    # Drop what lupdate left as vanished/obsolete: no source has it any more.
    dropped = 0
    for ctx in list(root.findall("context")):
        for message in list(ctx.findall("message")):
            if not is_live(message):
                ctx.remove(message)
                dropped += 1
        if not ctx.findall("message"):
            root.remove(ctx)
    root[:] = sorted(root.findall("context"), key=lambda c: c.findtext("name"))
    ET.indent(tree, space="    ")
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode"))
        f.write("\n")
    for source in sorted(unused):
        print(f"note: {source} calls a tr() that does not translate; its strings are left out")
    return moved, dropped


def main():
    lupdate = find_lupdate()
    run = subprocess.run([lupdate, "src", "ui", "-locations", "absolute", "-ts", *TS_FILES],
                         cwd=ROOT, capture_output=True, text=True)
    sys.stdout.write(run.stdout)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        sys.exit(run.returncode)
    warned = set(re.findall(r"Class '([^']+)' lacks Q_OBJECT macro", run.stderr))
    helpers, classes = scan_sources()
    for ts in TS_FILES:
        moved, dropped = fix(ts, warned, helpers, classes)
        print(f"{os.path.basename(ts)}: {moved} messages put into their run-time context, {dropped} gone ones dropped")
        if ts.endswith("_vi.ts"):
            unfinished = sum(1 for t in ET.parse(ts).getroot().iter("translation") if t.get("type") == "unfinished")
            print(f"{os.path.basename(ts)}: {unfinished} messages still to translate")


if __name__ == "__main__":
    main()
