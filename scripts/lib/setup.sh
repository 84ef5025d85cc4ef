# Installs what Kensa needs on a Debian machine: the Debian packages and the npm dependencies.
# Sourced by scripts/demo.sh and scripts/test.sh; every step is skipped when already done.

# poppler-utils: the tests read exported PDFs back with pdftotext; dovecot-imapd: the IMAP pull's
# tests read mail from a private Dovecot; unbound: the DNSSEC tests validate through a private Unbound.
DEBIAN_PACKAGES=(postgresql redis-server knot chromium fonts-noto-cjk poppler-utils dovecot-imapd unbound)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_debian_packages() {
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "kensa: installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    # The packaged services must not auto-start: Kensa runs its own instances on private ports.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
}

# npm ci only when package-lock.json changed since the last install (keeps a second run quick).
ensure_node_modules() {
  local stamp=node_modules/.kensa-lock-sha
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "kensa: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
  fi
}
