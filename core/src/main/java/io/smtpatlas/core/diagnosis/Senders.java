package io.smtpatlas.core.diagnosis;

import io.smtpatlas.core.diagnosis.read.Report;
import io.smtpatlas.core.diagnosis.text.Addresses;
import java.util.HashSet;
import java.util.Set;

/** The addresses that wrote or sent the message: never a failed recipient, whatever line they stand on. */
final class Senders {

    private Senders() {}

    static Set<String> of(Report report) {
        Set<String> senders = new HashSet<>();
        for (String name : new String[] {"From", "Sender", "Return-Path", "Reply-To", "To"}) {
            addAll(senders, report.header(name));
            addAll(senders, report.returnedHeader(name.equals("To") ? "X-None" : name));
        }
        return senders;
    }

    private static void addAll(Set<String> senders, String value) {
        for (String address : Addresses.all(value)) {
            senders.add(Addresses.key(address));
        }
    }
}
