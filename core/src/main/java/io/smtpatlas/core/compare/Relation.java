package io.smtpatlas.core.compare;

/** How the two codes of a pair are linked, if at all. */
public enum Relation {
    /** An enhanced code that the registry associates with the basic code: it details it. */
    ENHANCED_DETAILS_BASIC,
    /** The same condition in two classes: 450 and 550, 4.2.2 and 5.2.2. */
    SAME_CONDITION_OTHER_CLASS,
    /**
     * One registry entry in two classes, but a large provider sends one of the two with another meaning
     * (Microsoft's 5.7.12): the pair is not "the same condition" in practice.
     */
    SAME_ENTRY_PROVIDER_REUSE,
    /** No direct link. */
    NONE
}
