package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthDetectorTest {

    private final DateOfBirthDetector detector = new DateOfBirthDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Patient DOB: 1987-03-12, admitted 2024-01-05.|1987-03-12",
        "Date of birth: 03/12/1987.|03/12/1987",
        "She was born on March 12, 1987 in Ohio.|March 12, 1987",
        "Birthday: 12 March 1987|12 March 1987",
        "Geburtsdatum: 12.03.1987|12.03.1987",
        "Er ist geboren am 12. März 1987.|12. März 1987",
        "Née le 3 mai 1985 à Lyon.|3 mai 1985",
        "Date de naissance : 03/05/1985|03/05/1985",
        "Fecha de nacimiento: 12 de marzo de 1987.|12 de marzo de 1987",
        "Nacido el 12/03/1987 en Sevilla.|12/03/1987",
        "Data de nascimento: 12/03/1987.|12/03/1987",
        "Data di nascita: 12 marzo 1987.|12 marzo 1987",
        "生年月日：1987年3月12日|1987年3月12日",
        "1990年1月5日生まれです。|1990年1月5日",
        "出生日期：1987年3月12日|1987年3月12日",
        "DOB 29.02.2000 (leap year)|29.02.2000"
    })
    void findsDateNextToBirthKeyword(String text, String date) {
        assertThat(Detections.texts(detector, text)).containsExactly(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Log 2024-01-05T10:00:00Z job finished 2023-12-31.",
        "Release on March 12, 1987 was delayed; rollback on 12.03.1987.",
        "DOB 31.02.1987 was typed by mistake.",
        "DOB 29.02.1900 is not a leap day.",
        "Date of birth: 13/13/1987.",
        "Adobe 1987-03-12 build, reborn 1987-03-12.",
        "Date of birth field 2, updated 2024-01-05.",
        "Born in 1987, she moved in 2001."
    })
    void ignoresDatesWithoutBirthContextOrInvalid(String text) {
        assertThat(Detections.texts(detector, text)).isEmpty();
    }

    @Test
    void validatesCalendarDates() {
        assertThat(CalendarDates.exists(2000, 2, 29)).isTrue();
        assertThat(CalendarDates.exists(2023, 2, 29)).isFalse();
        assertThat(CalendarDates.exists(1987, 4, 31)).isFalse();
        assertThat(CalendarDates.exists(1987, 12, 31)).isTrue();
        assertThat(CalendarDates.exists(87, 2, 29)).isFalse();
    }

    @Test
    void staysLinearOnManyKeywords() {
        String text = "DOB 1987-02-31 ".repeat(30_000);

        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Detections.texts(detector, text)))
                .isEmpty();
    }
}
