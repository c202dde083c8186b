#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png): runs the app
# under Xvfb against sandboxes, once per main view, so the pictures show what
# the current code draws. Builds first when the app is missing.
#   scripts/screenshots.sh [view...]     (default: every view)
# Views: editor run backfill monitor (the app's own --demo sandbox), plan present slide
# history drift diff wizard (a scene prepared with slipway-cli and psql: the
# demo database for a plan with live table sizes, the Expand/Contract wizard
# and a schema diff against a changed copy of it, and a small "shop" database
# with applied, edited and pending migrations and a hand-made change).
# present (the title slide) and slide (a step of the plan) need xwd (x11-apps),
# xwininfo (x11-utils) and netpbm; psql is needed for history, drift and diff;
# optipng, when there, shrinks the files.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SLIPWAY_BUILD_DIR:-$root/build}
out=${SLIPWAY_SCREENSHOTS_DIR:-$root/docs/screenshots}
app=$build/app/slipway
cli=$build/app/slipway-cli
demo=$root/resources/demo/migrations
screen="-screen 0 1600x1000x24"

[[ -x $app && -x $cli ]] || "$root/scripts/build.sh"
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt install xvfb)" >&2; exit 1; }
mkdir -p "$out"
# A private config so the user's saved session, connections and layout stay out of the pictures.
scratch=$(mktemp -d)
scene_dir=
cleanup() {
  [[ -n $scene_dir ]] && "$cli" sandbox stop --dir "$scene_dir" >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data

shrink() { # file: lossless recompression when optipng is there
  if command -v optipng >/dev/null; then optipng -quiet -o2 "$1" || true; fi
}

shot() { # name, delay in ms, app arguments... (--demo or --connect among them)
  local name=$1 delay=$2
  shift 2
  echo "screenshots.sh: $name"
  rm -f "$out/$name.png"
  local status=0
  # Each picture its own settings: a window one view made larger stays out of the next.
  XDG_CONFIG_HOME=$scratch/config/$name XDG_DATA_HOME=$scratch/data/$name \
    xvfb-run -a -s "$screen" "$app" --screenshot "$out/$name.png" --screenshot-delay "$delay" "$@" || status=$?
  [[ -s $out/$name.png ]] || { echo "screenshots.sh: $name: no picture (exit $status)" >&2; exit 1; }
  ((status == 0)) || echo "screenshots.sh: $name: the app exited with $status after saving the picture" >&2
  shrink "$out/$name.png"
}

# The scene: a CLI sandbox (primary only, in the sandboxes' usual folder, which
# the postgres user can reach) with the demo database.
scene_uri=
scene() {
  [[ -n $scene_uri ]] && return
  echo "screenshots.sh: starting the scene's sandbox"
  if ! "$cli" sandbox start --demo --no-replica --json >"$scratch/sandbox.json" 2>"$scratch/sandbox.log"; then
    cat "$scratch/sandbox.log" >&2
    exit 1
  fi
  scene_dir=$(sed -n 's/.*"dir": *"\(.*\)".*/\1/p' "$scratch/sandbox.json")
  scene_uri=$(sed -n 's/.*"primary_uri": *"\(.*\)\/postgres".*/\1/p' "$scratch/sandbox.json")
  [[ -n $scene_uri ]] || { echo "screenshots.sh: no primary_uri in sandbox.json" >&2; exit 1; }
}

# A dangerous release planned against the demo database's real sizes: a NOT NULL
# column with a full-table UPDATE, a column type change that rewrites orders,
# and a dropped column (data loss, critical).
plan_title="Release 2.4: customer locale, bigint order totals, drop the old CRM ids"
plan_file=$scratch/release-2.4.json
make_plan() {
  [[ -f $plan_file ]] && return
  scene
  cat "$demo"/V002__*.sql "$demo"/V006__*.sql "$demo"/V013__*.sql >"$scratch/release-2.4.sql"
  "$cli" plan "$scene_uri/slipway_demo" "$scratch/release-2.4.sql" --format json -o "$plan_file" \
    --title "$plan_title"
}

# History and drift: five migrations applied by slipway-cli migrate, one of them
# edited since, a sixth pending, and a hotfix made by hand on the live database
# and never written back.
shop=$scratch/shop-migrations
make_drift() {
  [[ -d $shop ]] && return
  scene
  command -v psql >/dev/null || { echo "screenshots.sh: psql is missing (apt install postgresql-client)" >&2; exit 1; }
  mkdir -p "$shop"
  cat >"$shop/V001__create_customers.sql" <<'SQL'
CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    display_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
SQL
  cat >"$shop/V002__create_orders.sql" <<'SQL'
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total_cents bigint NOT NULL CHECK (total_cents >= 0),
    placed_at timestamptz NOT NULL DEFAULT now()
);
SQL
  echo "CREATE INDEX orders_customer_idx ON orders (customer_id);" >"$shop/V003__index_orders_customer.sql"
  echo "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';" >"$shop/V004__add_orders_status.sql"
  echo "CREATE INDEX orders_placed_at_idx ON orders (placed_at);" >"$shop/V005__index_orders_placed_at.sql"
  psql -qX "$scene_uri/postgres" -c 'CREATE DATABASE shop'
  "$cli" migrate "$scene_uri/shop" --dir "$shop" >/dev/null 2>&1
  # An applied migration edited afterwards (its checksum no longer matches).
  echo "-- Reviewed: new orders start as 'new'." >>"$shop/V004__add_orders_status.sql"
  psql -qX "$scene_uri/shop" -c "ALTER TABLE orders ADD COLUMN hotfix_note text;
    DROP INDEX orders_customer_idx; CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at);"
  echo "ALTER TABLE customers ADD COLUMN locale text;" >"$shop/V006__add_customers_locale.sql"
}

# The schema diff: the demo database against a copy changed the way the next
# release would change it, so every state shows (different, only in the
# source, only in the target, identical): a column type change (the table shown
# first), a new index, a new view and a dropped table.
next_db=slipway_demo_next
make_diff() {
  [[ -n ${diff_made:-} ]] && return
  scene
  command -v psql >/dev/null || { echo "screenshots.sh: psql is missing (apt install postgresql-client)" >&2; exit 1; }
  psql -qX "$scene_uri/postgres" -c "CREATE DATABASE $next_db TEMPLATE slipway_demo STRATEGY FILE_COPY"
  psql -qX -v ON_ERROR_STOP=1 "$scene_uri/$next_db" -c "
    ALTER TABLE accounts ALTER COLUMN vat_number TYPE varchar(20);
    CREATE INDEX customers_country_code_idx ON customers (country_code);
    CREATE VIEW low_stock_products AS SELECT sku, name, stock FROM products WHERE active AND stock < 10;
    DROP TABLE audit_log;"
  diff_made=1
}

# Presentation mode is a window of its own, which --screenshot does not grab:
# the X server's picture of that window instead.
present() { # name, app arguments after --plan file --present
  local name=$1 tool
  shift
  for tool in xwd xwdtopnm pnmtopng xwininfo; do
    command -v $tool >/dev/null || { echo "screenshots.sh: $name skipped: $tool is missing (apt install x11-apps netpbm x11-utils)" >&2; return 0; }
  done
  make_plan
  echo "screenshots.sh: $name"
  XDG_CONFIG_HOME=$scratch/config/$name XDG_DATA_HOME=$scratch/data/$name xvfb-run -a -s "$screen" bash -c '
    app=$1 plan=$2 title=$3 png=$4
    shift 4
    "$app" --plan "$plan" --present "$@" & pid=$!
    for _ in $(seq 100); do xwininfo -name "$title" >/dev/null 2>&1 && break; sleep 0.2; done
    sleep 2
    xwd -silent -name "$title" | xwdtopnm 2>/dev/null | pnmtopng >"$png"
    kill $pid; wait $pid || true' _ "$app" "$plan_file" "Presenting: $plan_title" "$out/$name.png" "$@"
  shrink "$out/$name.png"
}

views=("$@")
[[ ${#views[@]} -gt 0 ]] || views=(editor history run backfill monitor plan present slide drift diff wizard)
for view in "${views[@]}"; do
  case $view in
    editor)  shot editor 1500 --demo "migrations/V001__*.sql" "migrations/V002__*.sql" ;;
    history) make_drift; shot history 1500 --connect "$scene_uri/shop" --history "$shop" ;;
    run)     shot run 9000 --demo --demo-rows 200000 --demo-workload --run= --start ;;
    backfill) shot backfill 8000 --demo --demo-workload --run "$root/resources/demo/backfills/orders_street_abbreviation.json" \
               --run-mode run --start ;; # about half way through
    monitor) shot monitor 20000 --demo --demo-workload --monitor ;;
    plan)    make_plan; shot plan 1000 --connect "$scene_uri/slipway_demo" --plan "$plan_file" ;;
    present) present present ;;
    slide)   present slide --slide 6 ;;
    drift)   make_drift; shot drift 1500 --connect "$scene_uri/shop" --history "$shop" --drift ;;
    diff)    make_diff; shot diff 1500 --connect "$scene_uri/slipway_demo" \
               --diff "$scene_uri/slipway_demo" "$scene_uri/$next_db" ;;
    wizard)  scene; shot wizard 1000 --connect "$scene_uri/slipway_demo" --wizard change-type --wizard-review \
               --wizard-input table=orders --wizard-input column=total_cents --wizard-input newType=bigint \
               --wizard-input notNull=true ;;
    *) echo "screenshots.sh: unknown view '$view' (editor, history, run, backfill, monitor, plan, present, slide, drift, diff, wizard)" >&2; exit 64 ;;
  esac
done
echo "screenshots.sh: pictures in $out"
