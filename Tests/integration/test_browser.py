"""A real browser: headless Chromium (Debian) signs in to the console through the login form,
loads the dashboard, the test reads the graph from the DOM after a few mails, and a screenshot is
saved for a person to look at (HAETAE_SCREENSHOT, default /tmp/haetae-dashboard.png)."""
import base64
import json
import os
import shutil
import smtplib
import subprocess
import time
import urllib.request

import pytest

from conftest import HOSTNAME, free_port

websocket = pytest.importorskip("websocket")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ALICE = f"alice@{HOSTNAME}"
ADMIN_PW = "Strong-Admin-Pass-77"


class Browser:
    """Just enough of the DevTools protocol: navigate, evaluate, screenshot."""

    def __init__(self, tmp_path):
        self.port = free_port()
        self.proc = subprocess.Popen([
            CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            f"--remote-debugging-port={self.port}", f"--user-data-dir={tmp_path / 'chromium'}", "--window-size=1000,1200",
            "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        while True:
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json", timeout=2))
                page = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.3)
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise AssertionError(message["error"])
                return message.get("result", {})

    def evaluate(self, expression):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def wait_for(self, expression, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if self.evaluate(expression):
                    return True
            except AssertionError:
                pass
            time.sleep(0.2)
        return False

    def close(self):
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            self.proc.wait(timeout=10)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_dashboard_in_a_real_browser(make_server, tmp_path):
    srv = make_server()
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    srv.cli("admin", "add", "boss", "--password-stdin", stdin=ADMIN_PW + "\n")
    base = f"http://127.0.0.1:{srv.ports['admin']}"
    for i in range(4):
        s = smtplib.SMTP("127.0.0.1", srv.ports["mx"], timeout=10)
        s.sendmail("someone@outside.example", [ALICE], f"Subject: {i}\r\n\r\nhello\r\n".encode())
        s.quit()
    time.sleep(6)  # the statistics are written every 5 s

    browser = Browser(tmp_path)
    try:
        browser.call("Page.enable")
        browser.call("Page.navigate", url=f"{base}/login?lang=ko")
        assert browser.wait_for("document.readyState === 'complete' && !!document.querySelector('input[name=password]')")
        assert "해태" in browser.evaluate("document.title")
        browser.evaluate(f"document.querySelector('input[name=name]').value = 'boss';"
                         f"document.querySelector('input[name=password]').value = '{ADMIN_PW}';"
                         "document.forms[0].submit(); true")
        assert browser.wait_for("location.pathname === '/' && !!document.querySelector('svg polyline')"), browser.evaluate("document.body.innerText")
        # The language chosen on the login page holds.
        assert "대시보드" in browser.evaluate("document.body.innerText")
        # The graph carries the mails: the legend counts them, and the received line leaves the baseline.
        legend = browser.evaluate("Array.from(document.querySelectorAll('svg text')).map(t => t.textContent).join('|')")
        assert "received 4" in legend, legend
        received_points = browser.evaluate("document.querySelector('svg polyline').getAttribute('points')")
        heights = {p.split(",")[1] for p in received_points.split()}
        assert len(heights) > 1, "the received line is flat"
        # Dates are shown in the viewer's locale by the page's script.
        assert browser.wait_for("Array.from(document.querySelectorAll('time')).every(t => t.title !== '')")
        shot = browser.call("Page.captureScreenshot", format="png")["data"]
        path = os.environ.get("HAETAE_SCREENSHOT", "/tmp/haetae-dashboard.png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot))
        assert os.path.getsize(path) > 5_000
        print(f"screenshot: {path}")
    finally:
        browser.close()
