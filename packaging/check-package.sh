#!/usr/bin/env bash
# Builds the Debian package from an already-built tree and checks it with Debian's own validators:
#   packaging/check-package.sh BUILD_DIR
# lintian (no errors), desktop-file-validate, appstreamcli validate --no-net, systemd-analyze
# verify, systemd-sysusers, man --warnings, bash -n on the completion, and the package's contents.
# Runs as the ctest test `packaging` (label packaging), so `scripts/setup test` runs it in CI.
set -euo pipefail

build=${1:?usage: check-package.sh BUILD_DIR}
build=$(cd "$build" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/pegboard-pkg-XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
step() { echo "== $*"; }

step "cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    exit 1
}
deb=$(find "$work/out" -maxdepth 1 -name 'pegboard_*.deb' | head -n1)
[ -n "$deb" ] || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack made no pegboard_*.deb" >&2
    exit 1
}
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"
root="$work/root"
dpkg-deb -x "$deb" "$root"

step "contents"
for path in \
    usr/bin/pegboard \
    usr/share/applications/org.pegboard.Pegboard.desktop \
    usr/share/metainfo/org.pegboard.Pegboard.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/pegboard.svg \
    usr/share/icons/hicolor/48x48/apps/pegboard.png \
    usr/share/icons/hicolor/256x256/apps/pegboard.png \
    usr/share/man/man1/pegboard.1.gz \
    usr/share/bash-completion/completions/pegboard \
    usr/share/doc/pegboard/copyright \
    usr/share/doc/pegboard/changelog.Debian.gz \
    lib/systemd/system/pegboard-collector.service \
    lib/systemd/system/pegboard-watch.service \
    usr/lib/sysusers.d/pegboard.conf \
    etc/pegboard/collector.env \
    etc/pegboard/watch.env; do
    [ -e "$root/$path" ] || fail "missing /$path"
done
for size in 16 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/pegboard.png"
    # Width and height are the IHDR chunk's first two big-endian words (bytes 16..23).
    dims=$(od -An -tu1 -j16 -N8 "$png" 2>/dev/null | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "icon ${size}x${size} is '$dims'"
done
perms=$(stat -c %a "$root/etc/pegboard/collector.env")
[ "$perms" = 600 ] || fail "collector.env is mode $perms, not 600 (it holds secrets)"
"$root/usr/bin/pegboard" --version | grep -q '^pegboard [0-9]' || fail "pegboard --version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libpqxx libc6; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (shlibdeps)"
done
if file "$root/usr/bin/pegboard" | grep -q 'not stripped'; then fail "/usr/bin/pegboard is not stripped"; fi

dpkg-deb -e "$deb" "$work/control"
for script in postinst postrm; do
    sh -n "$work/control/$script" || fail "$script does not parse"
done
grep -qx '/etc/pegboard/collector.env' "$work/control/conffiles" || fail "collector.env is not a conffile"

step "man page covers every command"
man="$work/pegboard.1"
gzip -dc "$root/usr/share/man/man1/pegboard.1.gz" >"$man"
sed 's/\\-/-/g' "$man" >"$work/pegboard.1.plain" # roff's \- is a plain hyphen in a command name
commands=$("$root/usr/bin/pegboard" --help | awk '/^Commands:/{on=1; next} /^$/{on=0} on {print $1}')
[ -n "$commands" ] || fail "pegboard --help lists no commands"
for command in $commands; do
    grep -q "^\.SS \"pegboard $command[ \"]" "$work/pegboard.1.plain" || fail "man page has no section for '$command'"
    grep -qw -- "$command" "$root/usr/share/bash-completion/completions/pegboard" ||
        fail "completion does not know '$command'"
done
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man" 2>&1 >/dev/null || true)
[ -z "$warnings" ] || fail "man --warnings: $warnings"

step "bash completion"
completion="$root/usr/share/bash-completion/completions/pegboard"
bash -n "$completion" || fail "completion does not parse"
# What bash offers after the words typed so far, with the completion loaded as bash-completion does.
offers() {
    bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
             COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
             _pegboard; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@" | sort | xargs
}
expect_offers() {
    local want=$1
    shift
    local got
    got=$(offers "$@")
    [ "$got" = "$want" ] || fail "completing '$*' offers '$got', not '$want'"
}
if [ -f /usr/share/bash-completion/bash_completion ]; then
    expect_offers "db demo" pegboard d
    expect_offers "migrate status" pegboard db ""
    expect_offers "--spool" pegboard collect --sp
    expect_offers "calm depeg" pegboard feed-sim --scenario ""
else
    fail "bash-completion is not installed (packaging/debian-packages.txt lists it)"
fi

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/org.pegboard.Pegboard.desktop" || fail "desktop entry"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.pegboard.Pegboard.metainfo.xml" ||
    fail "AppStream metainfo"

step "systemd-analyze verify"
# Verify against the package's own tree: its binary and man page, plus the host's stock units
# (multi-user.target, sysinit.target…) that ours refer to.
sysroot="$work/sysroot"
mkdir -p "$sysroot/lib/systemd/system"
cp -a /lib/systemd/system/. "$sysroot/lib/systemd/system/"
cp -a "$root/." "$sysroot/"
if ! MANPATH="$root/usr/share/man" systemd-analyze verify --root="$sysroot" \
    /lib/systemd/system/pegboard-collector.service /lib/systemd/system/pegboard-watch.service; then
    fail "systemd-analyze verify"
fi
for unit in pegboard-collector pegboard-watch; do
    for setting in 'User=pegboard' 'StateDirectory=' 'EnvironmentFile=' 'NoNewPrivileges=yes' \
        'ProtectSystem=strict' 'ProtectHome=yes' 'PrivateTmp=yes'; do
        grep -q "^$setting" "$root/lib/systemd/system/$unit.service" || fail "$unit.service lacks $setting"
    done
done

step "systemd-sysusers"
mkdir -p "$work/users/etc"
systemd-sysusers --root="$work/users" "$root/usr/lib/sysusers.d/pegboard.conf" || fail "sysusers.d entry"
grep -q '^pegboard:' "$work/users/etc/passwd" || fail "sysusers.d entry creates no pegboard user"

step "lintian"
# lintian refuses nothing as root but says so; run it as nobody when we are root.
lint=(lintian --fail-on error --tag-display-limit 0 "$deb")
if [ "$(id -u)" -eq 0 ] && command -v runuser >/dev/null; then
    chmod 755 "$work" "$work/out"
    chmod 644 "$deb"
    (cd / && runuser -u nobody -- env HOME=/tmp "${lint[@]}") || fail "lintian reports errors"
else
    "${lint[@]}" || fail "lintian reports errors"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "package checks passed: $(basename "$deb")"
