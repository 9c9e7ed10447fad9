#!/usr/bin/env bash
# Render Berdaya's nginx config from the templates beside this script.
#   deploy/nginx/render.sh OUTDIR
# writes OUTDIR/berdaya.conf (the site: link it into /etc/nginx/sites-enabled/)
# and OUTDIR/berdaya-media.conf (renditions from the folder or the bucket).
# Required: BERDAYA_DOMAIN, BERDAYA_UPSTREAMS ("server 127.0.0.1:8001; ..."),
# BERDAYA_STATIC_ROOT, BERDAYA_TLS_CERT, BERDAYA_TLS_KEY, and either
# BERDAYA_MEDIA_ROOT (local folder) or BERDAYA_MEDIA_ORIGIN (bucket address).
# Optional: BERDAYA_HTTP_LISTEN (80), BERDAYA_HTTPS_LISTEN (443),
# BERDAYA_CACHE_DIR (/var/cache/nginx/berdaya).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: render.sh OUTDIR}"
mkdir -p "$out"
export BERDAYA_NGINX_DIR="$(cd "$out" && pwd)"
export BERDAYA_HTTP_LISTEN="${BERDAYA_HTTP_LISTEN:-80}"
export BERDAYA_HTTPS_LISTEN="${BERDAYA_HTTPS_LISTEN:-443}"
export BERDAYA_CACHE_DIR="${BERDAYA_CACHE_DIR:-/var/cache/nginx/berdaya}"
# Plain ports listen on IPv6 too; an address ("127.0.0.1:8443") only there.
export BERDAYA_HTTP_LISTEN_IPV6="" BERDAYA_HTTPS_LISTEN_IPV6=""
if [[ "$BERDAYA_HTTP_LISTEN" =~ ^[0-9]+$ ]]; then
  BERDAYA_HTTP_LISTEN_IPV6="listen [::]:$BERDAYA_HTTP_LISTEN;"
fi
if [[ "$BERDAYA_HTTPS_LISTEN" =~ ^[0-9]+$ ]]; then
  BERDAYA_HTTPS_LISTEN_IPV6="listen [::]:$BERDAYA_HTTPS_LISTEN ssl http2;"
fi
for name in BERDAYA_DOMAIN BERDAYA_UPSTREAMS BERDAYA_STATIC_ROOT BERDAYA_TLS_CERT BERDAYA_TLS_KEY; do
  [ -n "${!name:-}" ] || { echo "render.sh: set $name" >&2; exit 2; }
done
if [ -n "${BERDAYA_MEDIA_ORIGIN:-}" ]; then
  media="$here/media-s3.conf.template"
  origin="${BERDAYA_MEDIA_ORIGIN%/}"
  # "https://host[:port]" and the bucket path after it ("" when virtual-hosted).
  export BERDAYA_MEDIA_ORIGIN_HOST="$(printf '%s' "$origin" | sed -E 's#^([a-z]+://[^/]+).*#\1#')"
  export BERDAYA_MEDIA_ORIGIN_PATH="${origin#"$BERDAYA_MEDIA_ORIGIN_HOST"}"
  # nginx's own DNS look-ups: the system's first name server unless given.
  export BERDAYA_RESOLVER="${BERDAYA_RESOLVER:-$(awk '/^nameserver/ {print $2; exit}' /etc/resolv.conf 2>/dev/null)}"
  BERDAYA_RESOLVER="${BERDAYA_RESOLVER:-127.0.0.53}"
  case "$BERDAYA_RESOLVER" in *:*) BERDAYA_RESOLVER="[$BERDAYA_RESOLVER]";; esac
elif [ -n "${BERDAYA_MEDIA_ROOT:-}" ]; then
  media="$here/media-local.conf.template"
else
  echo "render.sh: set BERDAYA_MEDIA_ORIGIN (bucket) or BERDAYA_MEDIA_ROOT (folder)" >&2
  exit 2
fi
vars='${BERDAYA_DOMAIN} ${BERDAYA_UPSTREAMS} ${BERDAYA_STATIC_ROOT} ${BERDAYA_TLS_CERT}
${BERDAYA_TLS_KEY} ${BERDAYA_MEDIA_ROOT} ${BERDAYA_MEDIA_ORIGIN} ${BERDAYA_NGINX_DIR}
${BERDAYA_HTTP_LISTEN} ${BERDAYA_HTTPS_LISTEN} ${BERDAYA_CACHE_DIR}
${BERDAYA_HTTP_LISTEN_IPV6} ${BERDAYA_HTTPS_LISTEN_IPV6} ${BERDAYA_MEDIA_ORIGIN_HOST}
${BERDAYA_MEDIA_ORIGIN_PATH} ${BERDAYA_RESOLVER}'
envsubst "$vars" < "$here/berdaya.conf.template" > "$out/berdaya.conf"
envsubst "$vars" < "$media" > "$out/berdaya-media.conf"
mkdir -p "$BERDAYA_CACHE_DIR" 2>/dev/null || true
echo "render.sh: wrote $out/berdaya.conf and $out/berdaya-media.conf"
