# Sourced by test.sh: installs the system packages the tests need on a fresh Debian machine.
# Each step is skipped when its tool is already present, so a second run costs nothing.
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: missing $*; install it or run as root" >&2
    return 1
  fi
  if [ -z "${TRUCE_APT_UPDATED:-}" ]; then
    apt-get update -qq
    TRUCE_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
