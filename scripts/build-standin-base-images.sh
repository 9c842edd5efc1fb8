#!/usr/bin/env bash
# Builds local stand-ins for the Dockerfile's base images (eclipse-temurin:17-jdk and eclipse-temurin:17-jre)
# when no container registry can be reached: a minimal Debian bookworm made by debootstrap from Debian's
# packages, then the JDK (build stage) or the JRE (runtime stage) from Debian's openjdk-17 packages on top.
#
# Images that already exist in podman's store are kept, so a second run takes a second. FORCE=1 rebuilds.
# Prints nothing on stdout but the two image names, one a line (build image first), for the caller to read.
#
# The JDK stand-in also trusts the certificate authorities added locally on this machine
# (/usr/local/share/ca-certificates, or STANDIN_EXTRA_CA_DIR), so that the build stage's Maven reaches Maven
# Central through a TLS-inspecting proxy as the host does. The JRE stand-in, like the app, makes no outbound calls.
#
# Needs: podman, debootstrap, root. Reaches Debian's package mirror only.
set -euo pipefail

mirror="${STANDIN_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
security_mirror="${STANDIN_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
suite=bookworm
base_image=localhost/ai-educademy-standin-base:${suite}
jdk_image=localhost/ai-educademy-standin-jdk:17
jre_image=localhost/ai-educademy-standin-jre:17

log() { printf '[stand-in] %s\n' "$*" >&2; }

have_image() { [[ "${FORCE:-0}" != 1 ]] && podman image exists "$1"; }

if have_image "$jdk_image" && have_image "$jre_image"; then
  log "reusing $jdk_image and $jre_image from podman's store"
  printf '%s\n%s\n' "$jdk_image" "$jre_image"
  exit 0
fi

work="$(mktemp -d /var/tmp/ai-educademy-standin.XXXXXX)"
trap 'rm -rf "$work"' EXIT

if ! have_image "$base_image"; then
  log "debootstrap: minimal Debian $suite from $mirror (a few minutes the first time)"
  start=$SECONDS
  timeout 900 debootstrap --variant=minbase --include=ca-certificates "$suite" "$work/rootfs" "$mirror" \
    >"$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }
  cat >"$work/rootfs/etc/apt/sources.list" <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security_mirror $suite-security main
SOURCES
  # Keep the image small, as the upstream images do: no documentation, no apt caches.
  cat >"$work/rootfs/etc/dpkg/dpkg.cfg.d/01-nodoc" <<'NODOC'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
NODOC
  rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"* \
    "$work/rootfs/usr/share/doc" "$work/rootfs/usr/share/man" "$work/rootfs/usr/share/info"
  tar -C "$work/rootfs" --numeric-owner -c . \
    | podman import -q --change 'CMD ["/bin/bash"]' --change 'ENV LANG=C.UTF-8' - "$base_image" >/dev/null
  rm -rf "$work/rootfs"
  log "base image $base_image made in $((SECONDS - start)) s"
fi

build_java_image() { # image, package, what, trust local CAs (true/false)
  local image="$1" package="$2" what="$3" local_cas="$4"
  have_image "$image" && { log "reusing $image"; return; }
  log "building $image: $what ($package) from Debian's packages"
  local start=$SECONDS
  rm -rf "$work/context" && mkdir -p "$work/context/local-cas"
  local extra_cas="${STANDIN_EXTRA_CA_DIR:-/usr/local/share/ca-certificates}"
  if [[ "$local_cas" == true && -d "$extra_cas" ]]; then
    find "$extra_cas" -name '*.crt' -exec cp {} "$work/context/local-cas/" \;
  fi
  cat >"$work/context/Containerfile" <<CONTAINERFILE
FROM $base_image
COPY local-cas/ /usr/local/share/ca-certificates/
# ca-certificates-java's post-installation step wants this folder, which the JRE package leaves out.
RUN mkdir -p /usr/share/man/man1 \\
 && apt-get update -qq \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $package >/dev/null 2>&1 \\
 && update-ca-certificates >/dev/null \\
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /usr/share/man \\
 && java -version
ENV LANG=C.UTF-8
CMD ["jshell"]
CONTAINERFILE
  timeout 900 podman build --isolation=chroot --pull=never -q -t "$image" "$work/context" >/dev/null
  log "$image made in $((SECONDS - start)) s"
}

build_java_image "$jdk_image" openjdk-17-jdk-headless "the JDK, like eclipse-temurin:17-jdk" true
build_java_image "$jre_image" openjdk-17-jre-headless "the JRE, like eclipse-temurin:17-jre" false
printf '%s\n%s\n' "$jdk_image" "$jre_image"
