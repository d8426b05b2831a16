#!/usr/bin/perl
# Sisimai's rate on the bounce corpus, for benches/README.md: every email of
# tests/data/bounces/maildir/ read into memory first, then Sisimai->rise (v5) or Sisimai->make
# (v4, Debian's libsisimai-perl) over each, three passes, the fastest reported in messages per
# second. Run from the crate's root: perl benches/sisimai_rate.pl
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);

my @emails;
for my $dir (qw(bsd dos mac err not tmp)) {
    for my $path (sort glob("tests/data/bounces/maildir/$dir/*.eml")) {
        open(my $fh, '<:raw', $path) or die "$path: $!";
        local $/;
        push @emails, scalar <$fh>;
        close $fh;
    }
}
my $read = Sisimai->can('rise') ? sub { Sisimai->rise(\$_[0], 'delivered' => 1, 'vacation' => 1) }
                                 : sub { Sisimai->make(\$_[0], 'delivered' => 1, 'vacation' => 1) };
my $best;
for my $pass (1 .. 3) {
    my $start = time;
    my $recipients = 0;
    for my $email (@emails) {
        my $found = $read->($email) // [];
        $recipients += scalar @$found;
    }
    my $elapsed = time - $start;
    $best = $elapsed if !defined $best || $elapsed < $best;
    printf "pass %d: %.3f s, %d recipients\n", $pass, $elapsed, $recipients;
}
printf "Sisimai %s: %d messages in %.3f s, %.0f messages per second\n", $Sisimai::VERSION, scalar @emails, $best, @emails / $best;
