#!/usr/bin/env bash
# Builds Corroborate's packages with the JDK's jpackage (JDK 17 or newer, with its jmods).
#
#   jpackage/build.sh [--type TYPE] [--with-archive | --no-cds] [--skip-maven] [--dest DIR]
#
#   --type app-image  only the app image: DIR/Corroborate/, launcher DIR/Corroborate/bin/Corroborate
#          deb        the app image, then DIR/corroborate_VERSION-1_ARCH.deb (the default on Linux)
#          rpm        the app image, then an .rpm (needs rpmbuild)
#          msi        on Windows (Git Bash, WiX 3 on the PATH): the app image, then an .msi (the default there)
#          dmg        on macOS: the app image, then a .dmg (the default there)
#   --with-archive  the start-up archive (AppCDS) made now, in the image (about 50 MB more); without it the
#                 image is under 100 MB and makes its archive on its first start, where it can write
#   --no-cds      no class list for a start-up archive: the JDK's own archive only, a slower start
#   --skip-maven  use target/corroborate.jar and target/lib/ as built (by ./mvnw package or verify)
#   --dest DIR    where to put the image and the package (target/dist)
#
# Steps: the jar and its libraries; a runtime trimmed by jdeps + jlink; the app image; a training run of the
# packaged app on the sample case (under Xvfb when there is no display) that lists the classes a start loads;
# the AppCDS archive of those classes, made on the app's first start (or now, --with-archive) into the runtime's
# default CDS archive, which every later start maps; the native package, whose installation makes the archive.
# jpackage/README.md explains each step.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "build.sh: $*" >&2; }
die() { say "$*"; exit 1; }

type=""
cds=1
archive=0
maven=1
dist=target/dist
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type=${2:?--type needs a value}; shift 2 ;;
    --type=*) type=${1#--type=}; shift ;;
    --dest) dist=${2:?--dest needs a folder}; shift 2 ;;
    --dest=*) dist=${1#--dest=}; shift ;;
    --no-cds) cds=0; shift ;;
    --with-archive) archive=1; shift ;;
    --skip-maven) maven=0; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux; default_type=deb ;;
  Darwin) os=mac; default_type=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; default_type=msi ;;
  *) die "unsupported system $(uname -s)" ;;
esac
type=${type:-$default_type}
case "$type" in app-image|deb|rpm|msi|dmg) ;; *) die "unknown --type $type" ;; esac
# a package's archive is made where it is installed (its class path), never copied from this machine's image
[ "$archive" = 1 ] && [ "$type" != app-image ] && die "--with-archive is for --type app-image (a package makes its archive when installed)"
[ "$archive" = 1 ] && [ "$cds" = 0 ] && die "--with-archive and --no-cds exclude each other"

# The JDK: JAVA_HOME's, else the one that runs java.
if [ -n "${JAVA_HOME:-}" ]; then
  jdk=$JAVA_HOME
else
  java=$(command -v java) || die "no java on the PATH: install a JDK 17+ or set JAVA_HOME"
  jdk=$(cd "$(dirname "$(readlink -f "$java" 2>/dev/null || echo "$java")")/.." && pwd)
fi
for tool in jdeps jlink jpackage; do
  [ -x "$jdk/bin/$tool" ] || [ -x "$jdk/bin/$tool.exe" ] || die "$jdk has no $tool: set JAVA_HOME to a JDK 17+"
done
[ -d "$jdk/jmods" ] || die "$jdk has no jmods folder, which jlink needs (on Debian: apt-get install openjdk-17-jdk)"

name=Corroborate
image=$dist/$name
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
app_version=${version%%-*}   # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0
description="A fact-checking workbench: compare versions of a story and flag what differs"

if [ "$maven" = 1 ]; then
  say "building the jar (./mvnw -B -q -DskipTests package)"
  ./mvnw -B -q -DskipTests package
fi
[ -f target/corroborate.jar ] && [ -d target/lib ] || die "target/corroborate.jar or target/lib/ missing: run ./mvnw -B -DskipTests package"

rm -rf "$dist"
mkdir -p "$dist/input/lib"
cp target/corroborate.jar "$dist/input/"
cp target/lib/*.jar "$dist/input/lib/"

# Native libraries beside the jars, loaded from there: JavaFX would otherwise unpack and hash its own in
# ~/.openjfx at every start, and SQLite JDBC would unpack its library into the temporary folder at every start
# (which fails where /tmp is mounted noexec). The SQLite jar keeps no native library (11 MB less).
# The launcher's JVM options. C1 only (TieredStopAtLevel=1): on a 2-core machine the window showed the analysed
# sample case in about half the time, and flags for 3 x 5 MB came no slower, since the C2 compiler's work
# competes with the app's for the cores (jpackage/README.md has the figures). No perf-data file in /tmp.
java_options="-XX:TieredStopAtLevel=1 -XX:-UsePerfData"
if [ "$os" = linux ] && command -v unzip >/dev/null && command -v zip >/dev/null; then
  for jar in "$dist"/input/lib/javafx-*-linux.jar; do
    unzip -q -o -j "$jar" '*.so' -d "$dist/input/lib" 2>/dev/null || true
  done
  sqlite=$(ls "$dist"/input/lib/sqlite-jdbc-*.jar)
  case "$(uname -m)" in x86_64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; *) arch="" ;; esac
  if [ -n "$arch" ] && unzip -q -o -j "$sqlite" "org/sqlite/native/Linux/$arch/libsqlitejdbc.so" -d "$dist/input/lib"; then
    zip -q -d "$sqlite" 'org/sqlite/native/*' >/dev/null
    java_options="$java_options -Dorg.sqlite.lib.path=\$APPDIR/lib -Dorg.sqlite.lib.name=libsqlitejdbc.so"
  fi
fi

# The runtime: the modules jdeps finds, less two only optional code reaches (JavaFX's JFR pulse logger:
# jdk.jfr; jsoup's HTTP client: java.net.http), plus those reached only by reflection or services:
# java.logging (preferences and SQLite log through it), jdk.localedata (dates and numbers in the editor's
# language), jdk.charsets (sources in legacy encodings).
say "finding the modules (jdeps)"
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  "$dist/input/corroborate.jar" "$dist"/input/lib/*.jar)
modules=$(echo "$modules" | tr ',' '\n' | grep -v -x -e jdk.jfr -e java.net.http | tr '\n' ',')
modules="${modules}java.logging,jdk.localedata,jdk.charsets"
say "linking a runtime of $modules"
# The runtime gets the JDK's own CDS archive (as a full JDK has), less the one for heaps over 32 GB: it serves
# until the app's start-up archive, JDK classes included, replaces it.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$dist/runtime"
rm -f "$dist/runtime/lib/server/classes_nocoops.jsa"

icon=assets/icon/corroborate-256.png
[ "$os" = windows ] && icon=assets/icon/corroborate.ico
[ "$os" = mac ] && icon=assets/icon/corroborate.icns
set --
for o in $java_options; do set -- "$@" --java-options "$o"; done

say "making the app image $image"
"$jdk/bin/jpackage" --type app-image --dest "$dist" --name "$name" --app-version "$app_version" \
  --vendor Corroborate --description "$description" --copyright "Corroborate contributors" --icon "$icon" \
  --input "$dist/input" --main-jar corroborate.jar --main-class app.corroborate.Main \
  --runtime-image "$dist/runtime" "$@"
rm -rf "$dist/input" "$dist/runtime"

case "$os" in
  linux) app_dir=$image/lib/app; launcher=$image/bin/$name ;;
  mac) app_dir=$image/Contents/app; launcher=$image/Contents/MacOS/$name ;;
  windows) app_dir=$image/app; launcher=$image/$name.exe ;;
esac

# AppCDS. A training run starts the packaged app on the sample case through a copy of the launcher whose
# configuration names the window benchmark (which quits once the analysed case is on screen) and lists the
# classes it loads into lib/app/corroborate.classlist. The launcher then dumps them, JDK classes included, into
# the runtime's default CDS archive (lib/server/classes.jsa), which every start maps without an option. JDK 17
# maps an archive only when started with the class path it was made with, so the archive is made where the app
# lives: by the app on its first start (ui/StartupArchive), by the .deb's postinst, or here with --with-archive.
case "$os" in
  linux) server=$image/lib/runtime/lib/server ;;
  mac) server=$image/Contents/runtime/Contents/Home/lib/server ;;
  windows) server=$image/runtime/bin/server ;;
esac
if [ "$cds" = 1 ]; then
  training=$(dirname "$launcher")/cds-training${launcher##*/$name}
  cp "$launcher" "$training"
  sed -e 's/^app.mainclass=.*/app.mainclass=app.corroborate.ui.WindowBench$Main/' \
    "$app_dir/$name.cfg" > "$app_dir/cds-training.cfg"
  home=$(mktemp -d)
  app_abs=$(cd "$app_dir" && pwd)
  set --
  if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || die "the AppCDS training run needs a display or xvfb-run (apt-get install xvfb xauth libgtk-3-0), or --no-cds"
    set -- xvfb-run -a -s "-screen 0 1600x1000x24"
  fi
  command -v timeout >/dev/null && set -- timeout 300 "$@"
  say "training run for the AppCDS archive"
  status=0
  JAVA_TOOL_OPTIONS="-Dcorroborate.home=$home -Djava.util.prefs.userRoot=$home/prefs -XX:DumpLoadedClassList=$app_abs/corroborate.classlist" \
    "$@" "$training" --mode=startup </dev/null > "$dist/cds-training.log" 2>&1 || status=$?
  rm -rf "$home" "$training" "$app_dir/cds-training.cfg"
  if [ "$status" != 0 ] || [ ! -s "$app_dir/corroborate.classlist" ]; then
    tail -20 "$dist/cds-training.log" >&2
    die "the training run failed (exit $status; its log: $dist/cds-training.log)"
  fi
  say "$(grep -- -ms "$dist/cds-training.log" | tail -1)"
  if [ "$archive" = 1 ]; then
    say "dumping the AppCDS archive ($(grep -c -v '^[#@]' "$app_dir/corroborate.classlist") classes)"
    server_abs=$(cd "$server" && pwd)
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app_abs/corroborate.classlist -XX:SharedArchiveFile=$server_abs/classes.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" \
      "$launcher" </dev/null >> "$dist/cds-training.log" 2>&1 || die "dumping the archive failed (log: $dist/cds-training.log)"
    # The launcher must map it: -Xshare:on refuses to start otherwise.
    JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version </dev/null >/dev/null 2>&1 \
      || die "the launcher does not map $server/classes.jsa (JAVA_TOOL_OPTIONS=-Xlog:class+path $launcher --version says why)"
    echo "made by jpackage/build.sh --with-archive" > "$app_dir/corroborate.archive-made"
  else
    say "the start-up archive is made by the app's first start (or by --with-archive now)"
  fi
fi
say "app image: $image, $(du -sh "$image" | cut -f1)"

[ "$type" = app-image ] && exit 0

# The package is made from a copy of the image with the JDK's own archive (postinst makes the app's where it is
# installed).
say "making the $type package"
staging=$dist/staging
rm -rf "$staging"
mkdir -p "$staging"
cp -R "$image" "$staging/"
rm -f "$staging/$name/lib/app/corroborate.archive-made"
set -- --dest "$dist" --app-image "$staging/$name" --name "$name" --app-version "$app_version" --vendor Corroborate \
  --description "$description" --copyright "Corroborate contributors" --file-associations jpackage/case-file.properties
case "$type" in
  deb|rpm)
    "$jdk/bin/jpackage" --type "$type" "$@" --icon assets/icon/corroborate-256.png --resource-dir jpackage/linux \
      --linux-package-name corroborate --linux-menu-group Office --linux-app-category editors \
      --linux-shortcut --linux-package-deps libgtk-3-0 ;;
  msi)
    "$jdk/bin/jpackage" --type msi "$@" --icon assets/icon/corroborate.ico \
      --win-menu --win-menu-group Corroborate --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 5b0f3c62-6f3e-4d0a-9a51-2f7a9c1e4d10 ;;
  dmg)
    "$jdk/bin/jpackage" --type dmg "$@" --icon assets/icon/corroborate.icns \
      --mac-package-identifier app.corroborate --mac-package-name Corroborate ;;
esac
rm -rf "$staging"
for f in "$dist"/*.deb "$dist"/*.rpm "$dist"/*.msi "$dist"/*.dmg; do
  [ -f "$f" ] && say "package: $f, $(du -sh "$f" | cut -f1)"
done
exit 0
