"""A remote MX for delivery tests, on aiosmtpd: stores what it accepts as files, and answers by
the recipient's local part: reject-* → 550 5.1.1, tempfail-* → 451 on the first try, else 250.
With CERT and KEY it offers STARTTLS with that certificate; every stored message says whether
it came over TLS (X-Peer-TLS).
Usage: peer.py PORT OUTDIR [CERT KEY]"""
import asyncio
import ssl
import sys
import time
from pathlib import Path

from aiosmtpd.controller import Controller

port, outdir = int(sys.argv[1]), Path(sys.argv[2])
outdir.mkdir(parents=True, exist_ok=True)
seen_tempfail = set()


class Handler:
    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        with open(outdir / "ehlo.log", "a") as log:
            log.write(hostname + "\n")
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0]
        if local.startswith("reject"):
            return "550 5.1.1 No such user here"
        if local.startswith("tempfail") and address not in seen_tempfail:
            seen_tempfail.add(address)
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        name = outdir / f"{time.time_ns()}.eml"
        tls = "yes" if session.ssl else "no"
        header = (f"X-Peer-Mail-From: {envelope.mail_from}\r\nX-Peer-Rcpt-To: {','.join(envelope.rcpt_tos)}\r\n"
                  f"X-Peer-TLS: {tls}\r\n")
        name.write_bytes(header.encode() + envelope.original_content)
        return "250 2.0.0 Stored"


tls_context = None
if len(sys.argv) > 4:
    tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls_context.load_cert_chain(sys.argv[3], sys.argv[4])
controller = Controller(Handler(), hostname="127.0.0.1", port=port, server_hostname="peer.remote.test",
                        tls_context=tls_context)
controller.start()
print("ready", flush=True)
try:
    while True:
        time.sleep(3600)
except KeyboardInterrupt:
    pass
finally:
    controller.stop()
