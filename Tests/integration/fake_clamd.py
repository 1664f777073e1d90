"""A stand-in for clamd speaking INSTREAM: says FOUND when the stream contains the test marker
(or the EICAR string), OK otherwise. Usage: fake_clamd.py PORT"""
import socketserver
import struct
import sys

MARKER = b"HAETAE-FAKE-MALWARE-MARKER"


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        data = b""
        while not data.endswith(b"\0") and b"\0" not in data:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            data += chunk
        command, rest = data.split(b"\0", 1)
        if command not in (b"zINSTREAM", b"nINSTREAM"):
            self.request.sendall(b"UNKNOWN COMMAND\0")
            return
        body = b""
        buffer = rest
        while True:
            while len(buffer) < 4:
                buffer += self.request.recv(65536)
            (length,) = struct.unpack(">I", buffer[:4])
            buffer = buffer[4:]
            if length == 0:
                break
            while len(buffer) < length:
                buffer += self.request.recv(65536)
            body += buffer[:length]
            buffer = buffer[length:]
        if MARKER in body:
            self.request.sendall(b"stream: Haetae.Test.Marker FOUND\0")
        else:
            self.request.sendall(b"stream: OK\0")


socketserver.TCPServer.allow_reuse_address = True
with socketserver.ThreadingTCPServer(("127.0.0.1", int(sys.argv[1])), Handler) as server:
    print("ready", flush=True)
    server.serve_forever()
