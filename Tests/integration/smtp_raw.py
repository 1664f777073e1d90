"""A raw SMTP line client for protocol tests that real clients refuse to send."""
import socket
import ssl


class Raw:
    def __init__(self, port, host="127.0.0.1", timeout=5, source=None):
        self.sock = socket.create_connection((host, port), timeout=timeout, source_address=(source, 0) if source else None)
        self.buf = b""

    def send(self, data: bytes):
        self.sock.sendall(data)

    def line(self):
        while b"\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("closed")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line.rstrip(b"\r").decode("utf-8", "replace")

    def reply(self):
        lines = []
        while True:
            line = self.line()
            lines.append(line)
            if len(line) < 4 or line[3] == " ":
                return lines

    def code(self):
        return self.reply()[-1][:3]

    def cmd(self, text: str):
        self.send(text.encode() + b"\r\n")
        return self.reply()

    def starttls(self, cafile=None):
        ctx = ssl.create_default_context(cafile=cafile)
        ctx.check_hostname = False
        if cafile is None:
            ctx.verify_mode = ssl.CERT_NONE
        self.sock = ctx.wrap_socket(self.sock, server_hostname="mail.haetae.test")
        self.buf = b""

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass
