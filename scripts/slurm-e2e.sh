#!/usr/bin/env bash
# End-to-end test of `rtsim slurm` on a real Slurm: starts a one-node cluster on this machine (munged,
# slurmctld, slurmd; a generated slurm.conf, state and logs in a temporary directory), runs one trial as a job
# array of 4 shards with the dependent merge, and checks the merged files byte for byte against a single
# `rtsim run`; the same with --split contiguous into the same directory (both splits' parts side by side), for a
# two-level run, and for a sensitivity analysis against a single `rtsim sensitivity`.
# Then it runs the trial again, cancels one task mid-run, checks that the merge does not run and
# that nothing half-written is left, resubmits the missing shard with `rtsim slurm --missing --submit`, and
# checks the merge again. Installs Debian's slurm-wlm and munge when absent (needs root). Every daemon it
# started is stopped by PID on exit. Exit status 0 when everything matches, 1 otherwise.
#
#   bash scripts/slurm-e2e.sh            # KEEP=1 keeps the temporary directory for a look afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

say() { printf 'slurm-e2e: %s\n' "$*" >&2; }

if [ "$(id -u)" != 0 ]; then
  say "must run as root: it starts munged, slurmctld and slurmd (and installs them when absent)"
  exit 1
fi
if ! command -v slurmctld >/dev/null 2>&1 || ! command -v slurmd >/dev/null 2>&1 || ! command -v sbatch >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  say "installing slurm-wlm and munge"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi

rtsim_js=$repo/packages/sim/dist/bundle/rtsim.js
if [ ! -f "$rtsim_js" ]; then
  say "building rtsim"
  npx -y pnpm@10 install --frozen-lockfile >/dev/null && npx -y pnpm@10 build >/dev/null
fi
node_bin=$(command -v node)
# What the batch scripts run: the built rtsim of this checkout (a user would have `rtsim` on PATH).
rtsim_command=$(printf '%q %q' "$node_bin" "$rtsim_js")
rtsim() { "$node_bin" "$rtsim_js" "$@"; }

work=$(mktemp -d -t rtsim-slurm-e2e.XXXXXX)
chmod 755 "$work" # munged runs as user munge and must reach its directory below this one
mkdir -p "$work/log" "$work/state" "$work/spool" "$work/munge"

pids=()
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "${SLURM_CONF:-}" ] && [ -n "${ctld_pid:-}" ]; then
    # Jobs first: a task's slurmstepd outlives slurmd.
    scancel --quiet --user=root >/dev/null 2>&1 || true
    for _ in $(seq 1 30); do
      [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
      sleep 1
    done
  fi
  local index
  for ((index = ${#pids[@]} - 1; index >= 0; index--)); do
    local pid=${pids[index]}
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ "$status" != 0 ]; then
    say "FAILED (status $status); logs follow"
    for file in "$work"/log/*.log "$work"/log/*.out "$work"/munge/munged.log; do
      [ -f "$file" ] && { printf '\n===== %s (last 40 lines)\n' "$file" >&2; tail -n 40 "$file" >&2; }
    done
    for file in "$work"/*/slurm/logs/*.out; do
      [ -f "$file" ] && { printf '\n===== %s\n' "$file" >&2; tail -n 20 "$file" >&2; }
    done
  fi
  if [ "${KEEP:-}" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
  say "FAIL: $*"
  exit 1
}

# Waits until a command succeeds, at most $1 seconds.
wait_for() {
  local seconds=$1 what=$2
  shift 2
  local start=$SECONDS
  until "$@" >/dev/null 2>&1; do
    ((SECONDS - start < seconds)) || fail "timed out after ${seconds} s waiting for $what"
    local pid
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || fail "a daemon this script started (PID $pid) has exited while waiting for $what"
    done
    sleep 0.2
  done
}

# A TCP port on 127.0.0.1 that nothing listens on (another engineer's cluster may hold Slurm's defaults).
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  fail "no free TCP port found"
}

# --- munge: its own key, socket and log, run as user munge ---------------------------------------------------
socket=$work/munge/munge.socket.2
if [ -r /etc/munge/munge.key ]; then
  cp /etc/munge/munge.key "$work/munge/munge.key"
else
  head -c 1024 /dev/urandom >"$work/munge/munge.key"
fi
chown -R munge:munge "$work/munge"
chmod 711 "$work/munge" # munged wants its socket directory searchable by all
chmod 400 "$work/munge/munge.key"
setpriv --reuid=munge --regid=munge --init-groups munged --foreground --socket="$socket" \
  --key-file="$work/munge/munge.key" --pid-file="$work/munge/munged.pid" \
  --log-file="$work/munge/munged.log" --seed-file="$work/munge/munged.seed" >"$work/log/munged.out" 2>&1 &
pids+=($!)
wait_for 30 munged bash -c "munge -n -S '$socket' | unmunge -S '$socket'"
say "munged is up (PID ${pids[0]})"

# --- slurm.conf for one node: this machine, its CPUs and memory as slurmd sees them --------------------------
host=$(hostname -s)
node_line=$(slurmd -C | grep '^NodeName=')
ctld_port=$(free_port)
slurmd_port=$(free_port)
[ "$ctld_port" != "$slurmd_port" ] || slurmd_port=$((ctld_port + 1))
export SLURM_CONF=$work/slurm.conf
cat >"$SLURM_CONF" <<EOF
ClusterName=rtsime2e
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MinJobAge=600
KillWait=10
$node_line NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=e2e Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -D -c -f "$SLURM_CONF" >"$work/log/slurmctld.out" 2>&1 &
ctld_pid=$!
pids+=("$ctld_pid")
wait_for 60 slurmctld scontrol ping
node_name=${node_line%% *}
node_name=${node_name#NodeName=}
slurmd -D -f "$SLURM_CONF" -N "$node_name" >"$work/log/slurmd.out" 2>&1 &
pids+=($!)
wait_for 60 "node $node_name to be idle" bash -c "sinfo -h -n '$node_name' -o %T | grep -qx idle"
say "cluster up: slurmctld PID $ctld_pid on port $ctld_port, slurmd PID ${pids[2]} on port $slurmd_port; $node_line"

# --- the trial ---------------------------------------------------------------------------------------------
scenario=$repo/scenarios/default.yaml
patients=2097152 # 512 blocks: several seconds per shard, long enough to cancel a task mid-run
uncertain=$repo/scenarios/uncertainty-preop.yaml # a two-level run: 101 parameter sets
uncertain_patients=8192
shards=4

say "single runs: $patients patients of $(basename "$scenario"); $uncertain_patients of $(basename "$uncertain")"
rtsim run "$scenario" --patients "$patients" --workers 2 --out "$work/single" >/dev/null 2>"$work/log/single.err" ||
  fail "the single run failed: $(cat "$work/log/single.err")"
rtsim run "$uncertain" --patients "$uncertain_patients" --workers 2 --out "$work/single-uncertain" >/dev/null 2>"$work/log/single.err" ||
  fail "the single two-level run failed: $(cat "$work/log/single.err")"
# A sensitivity analysis at small settings: 11 tornado points + 8 × 7 Saltelli rows = 67 evaluations of 4096 patients.
sensitivity_options=(--sensitivity --samples 8 --resamples 50)
rtsim sensitivity "$uncertain" --patients 4096 --samples 8 --resamples 50 --workers 2 --out "$work/single-sensitivity" >/dev/null 2>"$work/log/single.err" ||
  fail "the single sensitivity analysis failed: $(cat "$work/log/single.err")"

# Submits the array and merge with rtsim slurm (SCENARIO PATIENTS OUT [OPTION...]); prints "ARRAY_JOB MERGE_JOB".
submit() {
  local file=$1 count=$2 out=$3
  shift 3
  local printed
  printed=$(rtsim slurm "$file" --shards "$shards" --patients "$count" --cpus-per-task 1 --time 10 \
    --out "$out" --rtsim "$rtsim_command" --submit "$@" 2>>"$work/log/submit.err") ||
    fail "rtsim slurm --submit failed: $(cat "$work/log/submit.err")"
  printf '%s\n' "$printed" >&2
  local array merge
  array=$(printf '%s\n' "$printed" | sed -n 's/^shards .*: job \([0-9]*\)$/\1/p')
  merge=$(printf '%s\n' "$printed" | sed -n 's/^merge: job \([0-9]*\)$/\1/p')
  [ -n "$array" ] && [ -n "$merge" ] || fail "rtsim slurm printed no job ids: $printed"
  echo "$array $merge"
}

job_field() { scontrol -o show job "$1" | tr ' ' '\n' | sed -n "s/^$2=//p" | head -n 1; }
gone() { [ -z "$(squeue -h -j "$1" -o %i 2>/dev/null)" ]; }

# The merge job must have completed with status 0 and written the single run's files (default: those of
# rtsim run), byte for byte.
check_merged() {
  local merge=$1 out=$2 single=$3 state
  shift 3
  local files=("$@")
  [ "${#files[@]}" -gt 0 ] || files=(results.json arms.csv report.html endpoints.csv)
  state=$(job_field "$merge" JobState)
  [ "$state" = COMPLETED ] || fail "merge job $merge ended $state (exit $(job_field "$merge" ExitCode)): $(cat "$out"/slurm/logs/*merge-"$merge".out 2>/dev/null)"
  for file in "${files[@]}"; do
    cmp "$single/$file" "$out/$file" || fail "$out/$file differs from the single run's"
  done
  say "merge job $merge: ${files[*]} identical to the single run's"
}

say "array of $shards shards and the dependent merge"
ids=$(submit "$scenario" "$patients" "$work/array")
read -r array merge <<<"$ids"
wait_for 300 "merge job $merge" gone "$merge"
for k in $(seq 1 "$shards"); do
  [ "$(job_field "${array}_$k" JobState)" = COMPLETED ] || fail "task ${array}_$k ended $(job_field "${array}_$k" JobState)"
  grep -q "shard $k/$shards" "$work/array/slurm/logs/shard-${array}_$k.out" || fail "task $k's log does not show shard $k/$shards"
done
check_merged "$merge" "$work/array" "$work/single"

say "the same trial as a contiguous array (--split contiguous) into the same directory"
ids=$(submit "$scenario" "$patients" "$work/array" --split contiguous)
read -r array merge <<<"$ids"
wait_for 300 "merge job $merge" gone "$merge"
# Shard K of N of either split has a name of its own: the strided parts are still there, next to the contiguous ones.
expected=$(for k in $(seq 1 "$shards"); do echo "partial-$k-of-$shards-contiguous.json"; echo "partial-$k-of-$shards.json"; done | LC_ALL=C sort)
left=$(ls -A "$work/array/shards" | LC_ALL=C sort)
[ "$left" = "$expected" ] || fail "after the contiguous array the shard directory holds $(echo "$left" | tr '\n' ' '), expected both splits' parts"
check_merged "$merge" "$work/array" "$work/single"

say "a two-level run (uncertainty section) as an array of $shards shards"
ids=$(submit "$uncertain" "$uncertain_patients" "$work/uncertain")
read -r array merge <<<"$ids"
wait_for 300 "merge job $merge" gone "$merge"
check_merged "$merge" "$work/uncertain" "$work/single-uncertain"

say "a sensitivity analysis (rtsim sensitivity) as an array of $shards shards"
ids=$(submit "$uncertain" 4096 "$work/sensitivity" "${sensitivity_options[@]}")
read -r array merge <<<"$ids"
wait_for 300 "merge job $merge" gone "$merge"
for k in $(seq 1 "$shards"); do
  [ -f "$work/sensitivity/shards/sensitivity-partial-$k-of-$shards.json" ] || fail "task $k wrote no sensitivity-partial-$k-of-$shards.json"
done
check_merged "$merge" "$work/sensitivity" "$work/single-sensitivity" sensitivity.json report-sensitivity.html

say "array again; task 3 cancelled mid-run"
ids=$(submit "$scenario" "$patients" "$work/cancel")
read -r array merge <<<"$ids"
wait_for 120 "task ${array}_3 to start its shard" grep -q 'rtsim run:' "$work/cancel/slurm/logs/shard-${array}_3.out"
[ ! -e "$work/cancel/shards/partial-3-of-$shards.json" ] || fail "task 3 finished before it could be cancelled: make the trial larger"
scancel "${array}_3"
wait_for 120 "array job $array to end" gone "$array"
[ "$(job_field "${array}_3" JobState)" = CANCELLED ] || fail "task ${array}_3 ended $(job_field "${array}_3" JobState), not CANCELLED"
# afterok can no longer be satisfied: the merge must not have run (Slurm keeps it pending, or cancels it).
[ ! -e "$work/cancel/results.json" ] || fail "the merge ran although task 3 was cancelled"
say "merge job $merge: $(job_field "$merge" JobState) ($(job_field "$merge" Reason)); cancelling it"
scancel "$merge" || true
wait_for 60 "merge job $merge to end" gone "$merge"
expected=$(for k in 1 2 4; do echo "partial-$k-of-$shards.json"; done)
left=$(ls -A "$work/cancel/shards")
[ "$left" = "$expected" ] || fail "after the cancel the shard directory holds $(echo "$left" | tr '\n' ' '), expected the three finished parts only"
if rtsim merge "$work"/cancel/shards/partial-*-of-$shards.json --out "$work/cancel/by-hand" >/dev/null 2>"$work/log/merge-missing.err"; then
  fail "rtsim merge accepted three parts of four"
fi
grep -q "missing part: partial-3-of-$shards.json" "$work/log/merge-missing.err" || fail "rtsim merge did not name the missing part: $(cat "$work/log/merge-missing.err")"

say "resubmitting the missing shard with --missing"
ids=$(submit "$scenario" "$patients" "$work/cancel" --missing)
read -r array merge <<<"$ids"
tasks=$(squeue -h -r -j "$array" -o %K 2>/dev/null | sort -n | tr '\n' ' ')
[ -z "$tasks" ] || [ "$tasks" = "3 " ] || fail "--missing submitted tasks $tasks, expected only 3"
wait_for 300 "merge job $merge" gone "$merge"
[ "$(job_field "${array}_3" JobState)" = COMPLETED ] || fail "the resubmitted task ${array}_3 ended $(job_field "${array}_3" JobState)"
check_merged "$merge" "$work/cancel" "$work/single"
# A rerun writes the same bytes: every part of the second array, the resubmitted one too, equals the first's.
for k in $(seq 1 "$shards"); do
  cmp "$work/array/shards/partial-$k-of-$shards.json" "$work/cancel/shards/partial-$k-of-$shards.json" ||
    fail "partial-$k-of-$shards.json differs between the two arrays"
done

say "passed"
