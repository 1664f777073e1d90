"""Issue 12's configuration checks, with the real binary: `config check`, the sample, and a CLI
command that honours the file it is given."""
import sqlite3
import subprocess

from conftest import BIN


def run(*args, stdin=None):
    return subprocess.run([BIN, *args], input=stdin, capture_output=True, text=True, timeout=60)


def test_config_check_accepts_a_float_threshold_and_prints_key_names(tmp_path):
    path = tmp_path / "haetae.toml"
    path.write_text("[scan]\nspam_threshold = 1.5\naction_spam = \"quarantine\"\n")
    result = run("config", "check", str(path))
    assert result.returncode == 0, result.stderr
    assert "scan.spam_threshold = 1.5" in result.stdout.splitlines()
    assert "scan.action_spam = quarantine" in result.stdout.splitlines()


def test_config_check_refuses_a_bad_value_with_one_line(tmp_path):
    path = tmp_path / "haetae.toml"
    path.write_text("[scan]\nspam_threshold = \"very\"\n")
    result = run("config", "check", str(path))
    assert result.returncode != 0
    assert "scan.spam_threshold" in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_config_sample_parses_back_to_the_defaults():
    sample = run("config", "sample")
    assert sample.returncode == 0
    checked = run("config", "check", "-", stdin=sample.stdout)
    assert checked.returncode == 0, checked.stderr
    empty = run("config", "check", "-", stdin="")
    assert checked.stdout == empty.stdout


def test_user_add_uses_the_bcrypt_cost_of_the_given_file(tmp_path):
    path = tmp_path / "haetae.toml"
    path.write_text("hostname = \"mail.cost.test\"\n[auth]\nbcrypt_cost = 11\n")
    data = tmp_path / "data"
    assert run("--help").returncode == 0
    added = subprocess.run([BIN, "domain", "add", "cost.test", "--data", str(data), "--config", str(path)],
                           capture_output=True, text=True, timeout=60)
    assert added.returncode == 0, added.stderr
    user = subprocess.run([BIN, "user", "add", "ann@cost.test", "--password-stdin", "--data", str(data), "--config", str(path)],
                          input="a sturdy passphrase 42\n", capture_output=True, text=True, timeout=60)
    assert user.returncode == 0, user.stderr
    with sqlite3.connect(data / "haetae.sqlite") as db:
        hashes = [row[0] for row in db.execute("SELECT password_hash FROM users")]
    assert hashes and all(h.startswith("$2b$11$") or h.startswith("$2a$11$") or h.startswith("$2y$11$") for h in hashes), hashes
