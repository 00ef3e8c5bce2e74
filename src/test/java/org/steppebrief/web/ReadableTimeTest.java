package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.steppebrief.i18n.Language;
import org.steppebrief.i18n.Texts;

class ReadableTimeTest {
  private static final Texts EN = Texts.of(Language.EN);
  private static final Texts RU = Texts.of(Language.RU);
  private static final Texts KK = Texts.of(Language.KK);
  private static final ZoneId ALMATY = ZoneId.of("+05:00");
  private static final long NOON = at(2026, 3, 10, 12, 0);

  private static long at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute)
        .atZone(ALMATY)
        .toInstant()
        .toEpochMilli();
  }

  @Test
  void aWaitIsNeverLessThanAMinuteAndRoundsToTheNearestMinute() {
    assertThat(ReadableTime.delay(Duration.ZERO, EN)).isEqualTo("1 min");
    assertThat(ReadableTime.delay(Duration.ofSeconds(29), EN)).isEqualTo("1 min");
    assertThat(ReadableTime.delay(Duration.ofSeconds(330), EN)).isEqualTo("6 min");
    assertThat(ReadableTime.delay(Duration.ofMinutes(10), EN)).isEqualTo("10 min");
    assertThat(ReadableTime.delay(Duration.ofSeconds(59 * 60 + 29), EN)).isEqualTo("59 min");
  }

  @Test
  void fromAnHourItIsSaidInHoursAndFromADayInDays() {
    assertThat(ReadableTime.delay(Duration.ofSeconds(59 * 60 + 30), EN)).isEqualTo("1 h");
    assertThat(ReadableTime.delay(Duration.ofMinutes(89), EN)).isEqualTo("1 h");
    assertThat(ReadableTime.delay(Duration.ofMinutes(90), EN)).isEqualTo("2 h");
    assertThat(ReadableTime.delay(Duration.ofMinutes(23 * 60 + 29), EN)).isEqualTo("23 h");
    // Never "24 h": what rounds to a day is a day.
    assertThat(ReadableTime.delay(Duration.ofMinutes(23 * 60 + 30), EN)).isEqualTo("1 day");
    assertThat(ReadableTime.delay(Duration.ofDays(1), EN)).isEqualTo("1 day");
    assertThat(ReadableTime.delay(Duration.ofDays(3), EN)).isEqualTo("3 days");
    assertThat(ReadableTime.delay(Duration.ofDays(99), EN)).isEqualTo("99 days");
  }

  @Test
  void fromAHundredDaysItIsSaidInMonthsAndFromAYearInYears() {
    assertThat(ReadableTime.delay(Duration.ofDays(100), EN)).isEqualTo("3 months");
    assertThat(ReadableTime.delay(Duration.ofDays(364), EN)).isEqualTo("12 months");
    assertThat(ReadableTime.delay(Duration.ofDays(365), EN)).isEqualTo("1 year");
    assertThat(ReadableTime.delay(Duration.ofDays(548), EN)).isEqualTo("1.5 years");
    assertThat(ReadableTime.delay(Duration.ofDays(730), EN)).isEqualTo("2 years");
  }

  @Test
  void laterTodayIsTheClockTimeAndHowLongInMinutesThenHours() {
    assertThat(ReadableTime.when(at(2026, 3, 10, 12, 10), NOON, ALMATY, EN))
        .isEqualTo("at 12:10 (in 10 minutes)");
    assertThat(ReadableTime.when(at(2026, 3, 10, 12, 1), NOON, ALMATY, EN))
        .isEqualTo("at 12:01 (in 1 minute)");
    assertThat(ReadableTime.when(at(2026, 3, 10, 13, 29), NOON, ALMATY, EN))
        .isEqualTo("at 13:29 (in 89 minutes)");
    assertThat(ReadableTime.when(at(2026, 3, 10, 13, 30), NOON, ALMATY, EN))
        .isEqualTo("at 13:30 (in 2 h)");
    assertThat(ReadableTime.when(at(2026, 3, 10, 23, 59), NOON, ALMATY, EN))
        .isEqualTo("at 23:59 (in 12 h)");
  }

  @Test
  void somethingAlreadyDueIsDueInAMinute() {
    assertThat(ReadableTime.when(NOON, NOON, ALMATY, EN)).isEqualTo("at 12:00 (in 1 minute)");
    assertThat(ReadableTime.when(at(2026, 3, 10, 11, 0), NOON, ALMATY, EN))
        .isEqualTo("at 11:00 (in 1 minute)");
  }

  @Test
  void tomorrowIsSaidSoAndLaterDaysByTheirDate() {
    assertThat(ReadableTime.when(at(2026, 3, 11, 0, 0), NOON, ALMATY, EN))
        .isEqualTo("tomorrow at 00:00");
    assertThat(ReadableTime.when(at(2026, 3, 11, 23, 59), NOON, ALMATY, EN))
        .isEqualTo("tomorrow at 23:59");
    assertThat(ReadableTime.when(at(2026, 3, 13, 9, 5), NOON, ALMATY, EN))
        .isEqualTo("on Fri 13 Mar at 09:05");
  }

  @Test
  void theDayIsTheLearnersDayInTheirZone() {
    // 01:00 on 11 March at +05:00 is 20:00 UTC on 10 March; 08:00 at +05:00 is 03:00 UTC.
    long earlyMorning = at(2026, 3, 11, 1, 0);
    long due = at(2026, 3, 11, 8, 0);
    assertThat(ReadableTime.when(due, earlyMorning, ALMATY, EN)).isEqualTo("at 08:00 (in 7 h)");
    assertThat(ReadableTime.when(due, earlyMorning, ZoneOffset.UTC, EN))
        .isEqualTo("tomorrow at 03:00");
  }

  @Test
  void russianAndKazakhSayTheirOwnCountsAndDays() {
    assertThat(ReadableTime.delay(Duration.ofDays(1), RU)).isEqualTo("1 день");
    assertThat(ReadableTime.delay(Duration.ofDays(3), RU)).isEqualTo("3 дня");
    assertThat(ReadableTime.delay(Duration.ofDays(5), RU)).isEqualTo("5 дней");
    assertThat(ReadableTime.delay(Duration.ofDays(548), RU)).isEqualTo("1,5 года");
    assertThat(ReadableTime.delay(Duration.ofDays(3), KK)).isEqualTo("3 күн");
    assertThat(ReadableTime.when(at(2026, 3, 10, 12, 2), NOON, ALMATY, RU))
        .isEqualTo("в 12:02 (через 2 минуты)");
    assertThat(ReadableTime.when(at(2026, 3, 11, 9, 5), NOON, ALMATY, RU))
        .isEqualTo("завтра в 09:05");
    assertThat(ReadableTime.when(at(2026, 3, 10, 12, 10), NOON, ALMATY, KK))
        .isEqualTo("сағат 12:10 (10 минут қалды)");
    assertThat(ReadableTime.when(at(2026, 3, 11, 9, 5), NOON, ALMATY, KK))
        .isEqualTo("ертең сағат 09:05");
  }
}
