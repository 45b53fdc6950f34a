package org.metaverseatlas.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class DateWordingTest {
    @Test
    void aDayIsWrittenWithDayMonthAndYear() {
        assertThat(DateWording.of(EventDate.day(LocalDate.of(2023, 3, 18)))).isEqualTo("18 March 2023");
    }

    @Test
    void aMonthPrecisionDateNamesOnlyTheMonth() {
        assertThat(DateWording.of(EventDate.month(YearMonth.of(2021, 10)))).isEqualTo("October 2021");
    }

    @Test
    void aRangeWithinOneMonthSharesMonthAndYear() {
        EventDate week = EventDate.range(LocalDate.of(2021, 11, 20), LocalDate.of(2021, 11, 23));
        assertThat(DateWording.of(week)).isEqualTo("20–23 November 2021");
    }

    @Test
    void aRangeAcrossMonthsNamesBothMonths() {
        EventDate span = EventDate.range(LocalDate.of(2021, 11, 28), LocalDate.of(2021, 12, 2));
        assertThat(DateWording.of(span)).isEqualTo("28 November – 2 December 2021");
    }

    @Test
    void aRangeAcrossYearsNamesBothYears() {
        EventDate span = EventDate.range(LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 2));
        assertThat(DateWording.of(span)).isEqualTo("30 December 2021 – 2 January 2022");
    }

    @Test
    void aOneDayRangeReadsAsThatDay() {
        EventDate day = EventDate.range(LocalDate.of(2021, 11, 20), LocalDate.of(2021, 11, 20));
        assertThat(DateWording.of(day)).isEqualTo("20 November 2021");
    }

    @Test
    void anUndatedInitiativeIsReportedByItsSourcesPublicationDay() {
        assertThat(DateWording.of(EventDate.reportedBy(LocalDate.of(2023, 3, 20))))
                .isEqualTo("reported by 20 March 2023");
    }

    @Test
    void aSingleDayIsWrittenWithoutLeadingZero() {
        assertThat(DateWording.day(LocalDate.of(2021, 12, 3))).isEqualTo("3 December 2021");
    }
}
