#!/usr/bin/env bash
# A real Postfix on 127.0.0.1:2525 for tests/real_server.rs.
#
#   eval "$(.ci/postfix.sh start)" && cargo test --test real_server
#   .ci/postfix.sh stop
#
# `start` installs Postfix from Debian's packages when it is missing, configures it as a
# loopback-only test server for the domain mail.example.test, starts it (or restarts/reloads it
# when it already runs), waits until port 2525 accepts connections, and prints
# `export SMTP_TEST_SERVER=127.0.0.1:2525` on standard output: nothing else goes there, so the
# output can be eval'd. Progress and errors go to standard error. Safe to run again.
#
# The server never talks to anything but loopback: it listens on 127.0.0.1 only, mynetworks is
# empty (so a client on 127.0.0.1 is an outsider and relaying is refused with 554 5.7.1), mail for
# any other domain is bounced by the `error` transport instead of being sent, and the test
# listener does no reverse DNS lookup of its clients.
#
# Needs root (it installs packages and writes /etc/postfix). Written for Debian 12.
set -euo pipefail

readonly HOST=127.0.0.1
readonly PORT=2525
readonly MAILNAME=mail.example.test
readonly LOG=/var/log/postfix-test.log

log() { printf 'postfix.sh: %s\n' "$*" >&2; }
die() {
    log "error: $*"
    if [[ -r $LOG ]]; then
        log "last lines of $LOG:"
        tail -n 20 "$LOG" >&2 || true
    fi
    exit 1
}

installed() {
    dpkg-query -W -f='${Status}' postfix 2>/dev/null | grep -q 'install ok installed'
}

install_postfix() {
    if installed && command -v postconf >/dev/null 2>&1; then
        log "Postfix is installed: $(dpkg-query -W -f='${Version}' postfix)"
        return
    fi
    [[ $(id -u) -eq 0 ]] || die "installing Postfix needs root"
    log "installing Postfix from Debian's packages"
    debconf-set-selections <<EOF
postfix postfix/main_mailer_type select Local only
postfix postfix/mailname string $MAILNAME
EOF
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2 || die "apt-get update failed"
    apt-get install -y --no-install-recommends postfix >&2 || die "apt-get install postfix failed"
    installed || die "postfix is still not installed"
}

# Every setting the tests rely on. `postconf -e` rewrites a parameter in place, so running this
# again changes nothing.
configure() {
    printf '%s\n' "$MAILNAME" >/etc/mailname
    postconf -e \
        "myhostname=$MAILNAME" \
        "mydomain=example.test" \
        "myorigin=/etc/mailname" \
        "mydestination=localhost, $MAILNAME" \
        "inet_interfaces=loopback-only" \
        "inet_protocols=ipv4" \
        "mynetworks=" \
        "relay_domains=" \
        "relayhost=" \
        "default_transport=error:outside mail is disabled on this test server" \
        "relay_transport=error:outside mail is disabled on this test server" \
        'local_recipient_maps=proxy:unix:passwd.byname $alias_maps' \
        "unknown_local_recipient_reject_code=550" \
        'smtpd_banner=$myhostname ESMTP' \
        "smtpd_helo_required=yes" \
        "disable_vrfy_command=no" \
        "smtpd_delay_reject=yes" \
        "smtpd_relay_restrictions=permit_mynetworks reject_unauth_destination" \
        "smtpd_recipient_restrictions=" \
        "smtpd_sender_restrictions=" \
        "smtpd_client_restrictions=" \
        "smtpd_helo_restrictions=" \
        "biff=no" \
        "maillog_file=$LOG" ||
        die "postconf -e failed"

    # The test listener: 127.0.0.1:2525, not chrooted (the chroot would need copies of /etc
    # files), no reverse lookup of the client's address.
    postconf -M "$HOST:$PORT/inet=$HOST:$PORT inet n - n - - smtpd -o smtpd_peername_lookup=no" ||
        die "postconf -M failed"
    # The usual listener on port 25 is not needed, and port 25 may be taken: comment it out.
    if postconf -M smtp/inet 2>/dev/null | grep -q .; then
        postconf -M# smtp/inet || die "postconf -M# smtp/inet failed"
    fi
    # maillog_file needs the postlog service (Debian's master.cf has it).
    if ! postconf -M postlog/unix-dgram 2>/dev/null | grep -q .; then
        postconf -M "postlog/unix-dgram=postlog unix-dgram n - n - 1 postlogd" ||
            die "postconf -M postlog failed"
    fi

    newaliases || die "newaliases failed"
    postfix check >&2 || die "postfix check failed"
}

config_snapshot() {
    { postconf -n; postconf -M; } 2>/dev/null | md5sum
}

listening() {
    timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$PORT" 2>/dev/null
}

start() {
    install_postfix
    local before after
    before=$(config_snapshot)
    configure
    after=$(config_snapshot)

    if postfix status >/dev/null 2>&1; then
        if [[ $before != "$after" ]]; then
            # inet_interfaces and inet_protocols only take effect on a full restart.
            log "configuration changed; restarting Postfix"
            postfix stop >&2 || true
            postfix start >&2 || die "postfix start failed"
        else
            log "Postfix runs; reloading it"
            postfix reload >&2 || die "postfix reload failed"
        fi
    else
        log "starting Postfix"
        postfix start >&2 || die "postfix start failed"
    fi

    local tries=0
    until listening; do
        tries=$((tries + 1))
        if ((tries >= 60)); then
            die "nothing accepts connections on $HOST:$PORT after 30 s"
        fi
        sleep 0.5
    done
    log "Postfix accepts connections on $HOST:$PORT (log: $LOG)"
    printf 'export SMTP_TEST_SERVER=%s:%s\n' "$HOST" "$PORT"
}

stop() {
    if command -v postfix >/dev/null 2>&1 && postfix status >/dev/null 2>&1; then
        postfix stop >&2 || true
        log "Postfix stopped"
    else
        log "Postfix is not running"
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *)
        printf 'usage: %s start|stop\n' "$0" >&2
        exit 2
        ;;
esac
