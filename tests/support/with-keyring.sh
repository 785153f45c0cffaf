#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring, so keychain
# tests use a real Secret Service and never touch the user's own keyring.
set -eu
HOME=$(mktemp -d /tmp/pgb-keyring-XXXXXX)
export HOME
trap 'rm -rf "$HOME"' EXIT
XDG_RUNTIME_DIR=$HOME/run
export XDG_RUNTIME_DIR
mkdir -m 700 "$XDG_RUNTIME_DIR"
# Unlocking with a (non-empty) password creates the "login" collection without a prompt.
dbus-run-session -- sh -c '
  printf "pegboard-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  # The daemon registers on the bus asynchronously: wait (bounded) until the Secret Service answers.
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    i=$((i + 1)); [ "$i" -gt 100 ] && { echo "Secret Service did not start" >&2; exit 1; }
    sleep 0.1
  done
  "$@"' sh "$@"
