package org.metaverseatlas.store;

import java.time.LocalDate;

/**
 * How much of each field the store's columns hold (the sizes in {@code db/migration}), and the dates a record may
 * give. The resolver checks them, so that a value too long or a date out of range is a problem that names its record
 * and field, found with all the others, instead of a database error half-way through a write.
 */
final class FieldLimits {
    static final int ID = 160;
    static final int SOURCE_TITLE = 1000;
    static final int PUBLISHER = 500;
    static final int URL = 2000;
    static final int LANGUAGE = 8;
    static final int ORGANIZATION_NAME = 500;
    static final int DESCRIPTION = 4000;
    static final int CLAIM = 2000;
    static final int PERSON_NAME = 300;
    static final int PERSON_NAME_ZH = 100;
    static final int PERSON_TITLE = 100;
    static final int ROLE = 200;
    static final int TITLE = 1000;
    static final int DISTRICT = 200;
    static final int VENUE = 500;
    static final int SUMMARY = 8000;

    /** The first and last years a date may fall in: a mistyped year would stretch the timeline over centuries. */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private FieldLimits() {
    }

    static boolean plausible(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }
}
