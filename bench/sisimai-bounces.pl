#!/usr/bin/perl
# Benchmark peer for bench/bounces.sh: runs Sisimai (Debian's libsisimai-perl) on each email file given and prints
# one line per record: file, status, reply code, reason, recipient (tab-separated); then the elapsed time of
# the timed pass (files read and decoded inside it, single-threaded).
# Sisimai is a benchmark peer only, never a dependency of the product.
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);

my @files = @ARGV;
# One untimed pass loads the modules Sisimai requires lazily, as the engine gets a warm-up pass too.
Sisimai->make($_, 'delivered' => 1) for @files;
my $started = time;
for my $file (@files) {
    my $records = Sisimai->make($file, 'delivered' => 1) || [];
    (my $name = $file) =~ s{.*/}{};
    for my $record (@$records) {
        my $recipient = $record->recipient ? $record->recipient->address : '';
        printf "%s\t%s\t%s\t%s\t%s\n", $name, $record->deliverystatus // '', $record->replycode // '',
            $record->reason // '', $recipient;
    }
    print "$name\t-\t-\t-\t-\n" unless @$records;
}
printf "# elapsed %.6f\n", time - $started;
