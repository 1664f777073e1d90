# Shared by the benchmarks: start a private Postfix instance in $PF on 127.0.0.1:$POSTFIX_PORT.
# Callers set PF, POSTFIX_PORT, WORK and may append settings to $PF/etc/main.cf.extra first.
setup_postfix() {
    mkdir -p "$PF/etc" "$PF/queue" "$PF/data" "$PF/mail"
    awk -v port="$POSTFIX_PORT" '
        /^smtp +inet/ { print "127.0.0.1:" port " inet n - n - - smtpd"; next }
        /^#/ || /^ / || NF == 0 { print; next }
        { if (NF >= 8 && $5 == "y") $5 = "n"; print }' /etc/postfix/master.cf >"$PF/etc/master.cf"
    cat >"$PF/etc/main.cf" <<CF
compatibility_level = 3.6
config_directory = $PF/etc
queue_directory = $PF/queue
data_directory = $PF/data
mail_owner = postfix
setgid_group = postdrop
myhostname = postfix.bench.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
maillog_file = $PF/data/maillog
maillog_file_prefixes = $PF/data
default_process_limit = 200
smtpd_client_connection_count_limit = 0
smtpd_client_connection_rate_limit = 0
CF
    [ -f "$PF/etc/main.cf.extra" ] && cat "$PF/etc/main.cf.extra" >>"$PF/etc/main.cf"
    chown -R 65534:65534 "$PF/mail"
    chown -R postfix "$PF/data"
    chmod 755 "$WORK" "$PF"
    postfix -c "$PF/etc" check >/dev/null 2>&1 || true
    script -qc "postfix -c $PF/etc start" /dev/null >/dev/null || { echo "postfix did not start"; exit 1; }
    for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/$POSTFIX_PORT) 2>/dev/null && break; sleep 0.1; done
}
