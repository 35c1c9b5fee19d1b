#!/usr/bin/env bash
# Builds the base image of every HCIR container image from Debian's archive alone: Debian 12 (bookworm) with its
# security updates, OpenJDK 17's headless runtime, CA certificates and time zone data, and an unprivileged user
# hcir (uid and gid 10001). The result is an image tarball in the layout `docker save` writes, which Jib takes as
# a base with `tar://`; no registry and no container engine are involved.
#
#   build-base-image.sh OUTPUT.tar
#
# An existing OUTPUT.tar built by this same script is kept while it is younger than HCIR_BASE_IMAGE_MAX_AGE_DAYS
# (default 7), so that a week's builds share one base and security updates arrive within a week. Set
# HCIR_DEBIAN_MIRROR to use a mirror of the force's own. Needs mmdebstrap, and root or unprivileged user namespaces.
set -euo pipefail

output=${1:?usage: build-base-image.sh OUTPUT.tar}
mirror=${HCIR_DEBIAN_MIRROR:-http://deb.debian.org}
max_age_days=${HCIR_BASE_IMAGE_MAX_AGE_DAYS:-7}
suite=bookworm
packages=openjdk-17-jre-headless,ca-certificates,tzdata
java_home=/usr/lib/jvm/java-17-openjdk-amd64
recipe=$(sha256sum "$0" | cut -d' ' -f1)
stamp="$output.recipe"

if [ -f "$output" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ] \
        && [ -n "$(find "$output" -mtime "-$max_age_days" -print)" ]; then
    echo "Base image $output is current (built $(date -r "$output" -u +%Y-%m-%dT%H:%MZ)); keeping it"
    exit 0
fi

if ! command -v mmdebstrap > /dev/null; then
    echo "mmdebstrap is needed to build the base image: apt-get install mmdebstrap" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/image" "$(dirname "$output")"

echo "Building the base image from Debian $suite ($packages) ..."
mmdebstrap --mode=auto --variant=essential --include="$packages" \
    --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
    --aptopt='APT::Install-Recommends "false"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
    --customize-hook='echo "hcir:x:10001:10001:HCIR service:/home/hcir:/usr/sbin/nologin" >> "$1/etc/passwd"' \
    --customize-hook='echo "hcir:x:10001:" >> "$1/etc/group"' \
    --customize-hook='echo "hcir:!:19000::::::" >> "$1/etc/shadow"' \
    --customize-hook='mkdir -p "$1/home/hcir" && chown 10001:10001 "$1/home/hcir" && chmod 750 "$1/home/hcir"' \
    --customize-hook="rm -f \"\$1$java_home/lib/server/classes_nocoops.jsa\"" \
    --customize-hook='rm -rf "$1"/var/cache/* "$1"/var/log/* "$1"/var/lib/apt/lists/* "$1"/usr/share/man/*' \
    "$suite" "$work/image/layer.tar" \
    "deb $mirror/debian $suite main" \
    "deb $mirror/debian $suite-updates main" \
    "deb $mirror/debian-security $suite-security main"

diff_id=$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
jre_version=$(tar -xOf "$work/image/layer.tar" ./var/lib/dpkg/status \
              | awk '/^Package: openjdk-17-jre-headless$/ {found=1} found && !done && /^Version:/ {print $2; done=1}')

cat > "$work/image/config.json" <<JSON
{
  "architecture": "amd64",
  "os": "linux",
  "created": "$created",
  "config": {
    "User": "10001:10001",
    "WorkingDir": "/home/hcir",
    "Env": [
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "JAVA_HOME=$java_home",
      "LANG=C.UTF-8"
    ],
    "Labels": {
      "org.opencontainers.image.title": "HCIR base: Debian $suite with OpenJDK 17 JRE",
      "org.opencontainers.image.base.name": "debian:$suite",
      "org.opencontainers.image.created": "$created",
      "uk.police.hcir.base.debian-suite": "$suite",
      "uk.police.hcir.base.openjdk-jre": "$jre_version"
    }
  },
  "rootfs": {
    "type": "layers",
    "diff_ids": ["sha256:$diff_id"]
  },
  "history": [
    {"created": "$created", "created_by": "mmdebstrap --variant=essential --include=$packages $suite"}
  ]
}
JSON
cat > "$work/image/manifest.json" <<JSON
[{"Config": "config.json", "RepoTags": ["hcir/base-jre17:$suite"], "Layers": ["layer.tar"]}]
JSON

tar -C "$work/image" -cf "$work/base.tar" manifest.json config.json layer.tar
mv "$work/base.tar" "$output"
echo "$recipe" > "$stamp"
echo "Base image written to $output ($(du -h "$output" | cut -f1), OpenJDK $jre_version)"
