#!/usr/bin/env bash
# Installs the Debian packages the demo and the tests need, the one list both use: the README's
# first command and .ci/run run this script. Installs only what is missing; when it cannot
# install (no apt-get, or neither root nor password-less sudo) it prints the command to run.
#   --print   print the package list, one a line, and exit
set -euo pipefail

# buildah (image builds), docker-registry (the CNCF distribution registry), skopeo (registry
# tests), git (git http-backend serves the GitOps repository), busybox-static (the sample app's
# base image without pulling one), ca-certificates (npm and apt over TLS), openssh-client
# (ssh-keygen: signed deploy commits and git's SSH signature verification).
packages=(buildah docker-registry skopeo git busybox-static ca-certificates openssh-client)

if [[ ${1:-} == --print ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if ((${#missing[@]})); then
  install=(apt-get install -y --no-install-recommends "${missing[@]}")
  if ! command -v apt-get >/dev/null; then
    echo "These Debian packages are missing and there is no apt-get here: ${missing[*]}." >&2
    echo "Install them with this system's package manager, then run this command again." >&2
    exit 1
  fi
  as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      as_root=(sudo)
    else
      echo "These Debian packages are missing: ${missing[*]}. Run, as root:" >&2
      echo "  apt-get update && ${install[*]}" >&2
      exit 1
    fi
  fi
  echo "::group::apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" "${install[@]}" -qq >/dev/null
  echo "::endgroup::"
fi

if ! command -v kubectl >/dev/null && ! command -v kustomize >/dev/null; then
  echo "kubectl (for kubectl kustomize) or a kustomize binary must be on PATH:" >&2
  echo "  https://kubernetes.io/docs/tasks/tools/ (or https://kubectl.docs.kubernetes.io/installation/kustomize/)" >&2
  exit 1
fi
