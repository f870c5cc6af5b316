# Sourced by the scripts in tools/: serve_static DIR LOG serves DIR on a free port of 127.0.0.1
# with python3's http.server (its output to LOG), sets $port, stops the server when the script
# exits, and waits up to five seconds for it to answer.
serve_static() {
  local dir=$1 log=$2
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dir" >"$log" 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
  for _ in $(seq 1 50); do
    curl -sf "http://127.0.0.1:$port/" >/dev/null && break
    sleep 0.1
  done
}
