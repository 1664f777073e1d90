"""Issue 12's module rules, checked on the package manifest and the sources' imports."""
import json
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PURE = {"MailCore", "SMTPProtocol", "MIME", "HaetaeFilter", "HaetaeProtection", "IMAPProtocol", "POP3Protocol"}
NEVER = {
    "SMTPServer": {"HaetaeScan", "HaetaeFilter", "MIME", "HaetaeStore", "HaetaeDelivery", "HaetaeAdmin"},
    "HaetaeDelivery": {"SMTPServer"},
    # The mailbox side knows the mail store, not the transport, the store of accounts or the filter.
    "IMAPServer": {"SMTPServer", "HaetaeStore", "HaetaeDelivery", "HaetaeScan", "HaetaeFilter", "HaetaeAdmin", "HaetaeQueue"},
    "HaetaeMailbox": {"SMTPServer", "HaetaeStore", "HaetaeDelivery", "IMAPServer", "IMAPProtocol"},
}


def targets():
    out = subprocess.run(["swift", "package", "dump-package"], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=300).stdout
    graph = {}
    for target in json.loads(out)["targets"]:
        deps = set()
        for dep in target["dependencies"]:
            kind = next(iter(dep))
            deps.add(dep[kind][0])
        graph[target["name"]] = deps
    return graph


def imports(target):
    found = set()
    for folder, _, files in os.walk(os.path.join(ROOT, "Sources", target)):
        for name in files:
            if name.endswith(".swift"):
                with open(os.path.join(folder, name), encoding="utf-8") as source:
                    found |= set(re.findall(r"^\s*(?:@_exported\s+)?import\s+(\w+)", source.read(), re.M))
    return found


def test_layout_never_arrows_are_absent():
    graph = targets()
    for target, forbidden in NEVER.items():
        assert not (graph[target] & forbidden), f"{target} depends on {graph[target] & forbidden}"
        assert not (imports(target) & forbidden), f"{target} imports {imports(target) & forbidden}"


def test_layout_store_depends_only_on_mailcore():
    graph = targets()
    local = {name for name in graph}
    assert graph["HaetaeStore"] & local == {"MailCore"}
    assert imports("HaetaeStore") & local <= {"MailCore"}


def test_layout_pure_targets_import_no_io():
    for target in PURE:
        bad = imports(target) & {"NIOCore", "NIOPosix", "NIOSSL", "GRDB", "Hummingbird", "Dispatch"}
        assert not bad, f"{target} imports {bad}"


def test_layout_no_two_target_names_differ_only_by_case():
    names = [name.lower() for name in targets()]
    assert len(names) == len(set(names))


def test_layout_executable_depends_only_on_the_app():
    """The CLI parses arguments and calls `Operations`; everything else is behind HaetaeApp."""
    graph = targets()
    assert graph["haetae"] == {"HaetaeApp", "ArgumentParser"}, graph["haetae"]
    assert imports("haetae") <= {"HaetaeApp", "ArgumentParser", "Foundation"}, imports("haetae")
    assert not any(re.search(r"@_exported", open(os.path.join(folder, name), encoding="utf-8").read())
                   for folder, _, files in os.walk(os.path.join(ROOT, "Sources", "HaetaeApp"))
                   for name in files if name.endswith(".swift")), "HaetaeApp must not re-export what the CLI may not import"


def test_layout_nothing_above_the_store_names_its_sqlite_implementation():
    """Services take the store's protocols (one per concern), so a PostgreSQL store can replace the
    SQLite one: only HaetaeStore and the one place the app opens the store name `DirectoryStore`."""
    allowed = {os.path.join("Sources", "HaetaeApp", "DataDirectory.swift"),
               os.path.join("Sources", "HaetaeTestSupport", "TestFixtures.swift")}
    offenders = []
    for folder, _, files in os.walk(os.path.join(ROOT, "Sources")):
        relative = os.path.relpath(folder, ROOT)
        if relative.startswith(os.path.join("Sources", "HaetaeStore")):
            continue
        for name in files:
            path = os.path.join(relative, name)
            if name.endswith(".swift") and path not in allowed:
                with open(os.path.join(ROOT, path), encoding="utf-8") as source:
                    text = source.read()
                if re.search(r"\bDirectoryStore\b", text) or re.search(r"^\s*import\s+GRDB\b", text, re.M):
                    offenders.append(path)
    assert not offenders, f"name the SQLite store or import GRDB: {offenders}"
