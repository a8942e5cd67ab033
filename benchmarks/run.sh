#!/usr/bin/env bash
# The whole benchmark harness in one command, from anywhere in the repository:
#
#   benchmarks/run.sh            # RUNS=5 by default; RUNS=3 benchmarks/run.sh for a quicker pass
#   RUNS=1 JMH=0 WORKLOAD=S DUPLICATES=1000,2000,4000 benchmarks/run.sh   # a smoke test of the harness
#
# 1. builds policyc and installs it into a private local repository (benchmarks/target/m2, fed from
#    ~/.m2 through benchmarks/settings.xml: ~/.m2 is never written, the internet never needed);
# 2. generates workload L (500 policies x 50 sections, 5,000 cookies) as policyc models and as Hugo;
# 3. times whole processes, RUNS times each, and prints medians and the ratio:
#    mvn policyc:build of L, hugo of L, mvn policyc:build of L with -Xmx256m, the example site build
#    vs an empty mvn validate, and an unchanged second build;
# 4. the in-process pipeline of L (PolicyCompiler.buildAll, no Maven);
# 5. the duplicate checks at N, 2N and 4N paragraphs with their growth per doubling;
# 6. the JMH benchmarks (JMH=0 skips them).
#
# Hugo comes from the Debian package, installed with apt-get when missing. Maven resolves only from
# ~/.m2 (benchmarks/settings.xml names it as "central"), so it needs no -o and never goes online.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-5}
JMH=${JMH:-1}
WORKLOAD=${WORKLOAD:-L}
DUPLICATES=${DUPLICATES:-12500,25000,50000}
TARGET=$ROOT/benchmarks/target
REPO=$TARGET/m2
WORK=$TARGET/workloads
JAR=$TARGET/policyc-benchmarks.jar
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
PLUGIN=io.github.policyc:policyc-maven-plugin:$VERSION
MVN=(mvn -B -q -s "$ROOT/benchmarks/settings.xml" -Dmaven.repo.local="$REPO")

log() { printf '\n== %s\n' "$*"; }

# Runs a command once; prints its wall time and its CPU time (user + system), in seconds.
seconds() {
    /usr/bin/time -f '%e %U %S' -o "$TARGET/last-time.txt" "$@" > "$TARGET/last-command.log" 2>&1 \
        || { cat "$TARGET/last-command.log"; return 1; }
    awk '{ print $1, $2 + $3 }' "$TARGET/last-time.txt"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Runs a command RUNS times; prints each wall time and the medians of wall and CPU time, and leaves the
# wall-time median in $MEDIAN and the CPU-time median in $CPU. Under load, CPU time is the steadier.
timed() {
    local name=$1; shift
    local walls=() cpus=() result
    for ((i = 0; i < RUNS; i++)); do
        result=$(seconds "$@")
        walls+=("${result% *}")
        cpus+=("${result#* }")
    done
    MEDIAN=$(printf '%s\n' "${walls[@]}" | median)
    CPU=$(printf '%s\n' "${cpus[@]}" | median)
    printf '%-44s median %6.2f s wall, %6.2f s CPU   wall runs: %s\n' "$name" "$MEDIAN" "$CPU" \
        "$(printf '%.2f ' "${walls[@]}")"
}

ratio() { printf '%-44s %6.2fx\n' "$1" "$(awk -v a="$2" -v b="$3" 'BEGIN { print a / b }')"; }

log "Machine"
echo "nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1 || true
mvn -v 2>&1 | head -1 | sed 's/\x1b\[[0-9;]*m//g' || true
if [ "$(id -u)" = 0 ]; then APT=(apt-get); else APT=(sudo apt-get); fi
apt_install() { "${APT[@]}" install -y "$1" > /dev/null || { "${APT[@]}" update > /dev/null && "${APT[@]}" install -y "$1" > /dev/null; }; }
if ! command -v hugo > /dev/null; then
    log "Installing Hugo (Debian package)"
    apt_install hugo
fi
# GNU time measures the CPU time of each run (the shell keyword cannot write it to a file).
[ -x /usr/bin/time ] || { log "Installing GNU time (Debian package)"; apt_install time; }
hugo version

log "Building policyc into $REPO and the benchmarks jar"
"${MVN[@]}" -DskipTests install -pl policy-model,generator-plugin -am
"${MVN[@]}" -DskipTests -Pbenchmarks -pl benchmarks -am package

log "Generating workload $WORKLOAD"
rm -rf "${WORK:?}/$WORKLOAD"
java -jar "$JAR" generate "$WORKLOAD" "$WORK/$WORKLOAD"

cd "$WORK/$WORKLOAD"
BUILD=("${MVN[@]}" "$PLUGIN:build" -Dpolicyc.models=policyc -Dpolicyc.outputDirectory=out-policyc -Dpolicyc.force)
log "Whole processes, workload $WORKLOAD, $RUNS runs each (.mvn/jvm.config: $(cat "$ROOT/.mvn/jvm.config" 2>/dev/null || echo none))"
timed "hugo" hugo --quiet -s "$PWD/hugo" -d "$PWD/out-hugo"
HUGO=$MEDIAN
HUGO_CPU=$CPU
timed "mvn policyc:build" "${BUILD[@]}"
ratio "policyc / hugo, wall (goal <= 2.0)" "$MEDIAN" "$HUGO"
ratio "policyc / hugo, CPU" "$CPU" "$HUGO_CPU"
timed "mvn policyc:build, -Xmx256m" env MAVEN_OPTS="-Xmx256m" "${BUILD[@]}"
echo "files: policyc $(find out-policyc -type f | wc -l), hugo $(find out-hugo -type f | wc -l)"
timed "mvn policyc:build, unchanged (up to date)" "${MVN[@]}" "$PLUGIN:build" -Dpolicyc.models=policyc \
    -Dpolicyc.outputDirectory=out-policyc

log "In-process pipeline of $WORKLOAD (PolicyCompiler.buildAll in one JVM, no Maven)"
/usr/bin/time -f 'the JVM in all: %e s wall, %U s user, %S s system' \
    java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$JAR" pipeline policyc out-pipeline --runs "$RUNS" 2>&1 | tail -2
echo "(compare the first, cold run with hugo's whole build: $HUGO s; goal <= 1.0x)"

log "The example site (site-src) vs an empty mvn validate of the same project, $RUNS runs each"
cd "$ROOT/site-src"
timed "mvn validate" "${MVN[@]}" validate
VALIDATE=$MEDIAN
VALIDATE_CPU=$CPU
timed "mvn generate-resources -Dpolicyc.force" "${MVN[@]}" generate-resources -Dpolicyc.force
ratio "example site / validate, wall (goal <= 1.5)" "$MEDIAN" "$VALIDATE"
ratio "example site / validate, CPU" "$CPU" "$VALIDATE_CPU"
timed "mvn generate-resources, unchanged" "${MVN[@]}" generate-resources
ratio "unchanged / validate, wall" "$MEDIAN" "$VALIDATE"

cd "$ROOT"
log "Duplicate checks at N, 2N and 4N paragraphs"
java -jar "$JAR" duplicates --sizes "$DUPLICATES" --runs "$RUNS" --warmups 2

if [ "$JMH" = 1 ]; then
    log "JMH"
    java -jar "$JAR" jmh -rf text -rff "$TARGET/jmh.txt" PipelineBenchmarks
fi
