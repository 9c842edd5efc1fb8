package io.aieducademy.discussion;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the lesson discussion and of suggested edits, set with
 * {@code aieducademy.discussion.*} properties. A value out of range stops start-up with
 * the property's name.
 *
 * @param pageSize posts (not counting their replies) on one page of a discussion (default
 * 20, at most 100)
 * @param maxLength characters in one post, reply or suggestion (default 2000, at most
 * 10000, the database column's size)
 * @param maxReasonLength characters in a moderator's reason for hiding a post (default
 * 500, the column's size)
 * @param maxPlaceLength characters in the "where" of a suggestion (default 200, the
 * column's size)
 * @param editWindow how long after posting its author may still edit a post (default 15
 * minutes)
 * @param writeBurst posts, replies, edits, reports and suggestions one account may make
 * at once (default 5)
 * @param writesPerHour how many it may make per hour after that (default 30)
 * @param maxTrackedAccounts how many accounts' write buckets are remembered (default
 * 10000)
 */
@ConfigurationProperties("aieducademy.discussion")
@Validated
public record DiscussionProperties(@DefaultValue("20") @Positive @Max(100) int pageSize,
		@DefaultValue("2000") @Positive @Max(10000) int maxLength,
		@DefaultValue("500") @Positive @Max(500) int maxReasonLength,
		@DefaultValue("200") @Positive @Max(200) int maxPlaceLength, @DefaultValue("15m") Duration editWindow,
		@DefaultValue("5") @Positive int writeBurst, @DefaultValue("30") @Positive int writesPerHour,
		@DefaultValue("10000") @Positive int maxTrackedAccounts) {

}
