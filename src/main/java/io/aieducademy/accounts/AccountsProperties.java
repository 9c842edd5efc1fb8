package io.aieducademy.accounts;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of accounts, set with {@code aieducademy.accounts.*} properties. Sign-in
 * failures fill a bucket per account and one per address; a full bucket answers 429 with
 * a sentence until one failure has been forgiven. A value below 1 stops start-up with the
 * property's name.
 *
 * @param minPasswordLength the fewest characters a password may have (default 10)
 * @param maxPasswordLength the most characters a password may have (default 64; bcrypt
 * reads only its first 72 bytes)
 * @param accountFailures failed sign-ins one account allows before 429 (default 5)
 * @param addressFailures failed sign-ins one address allows, for all its accounts, before
 * 429 (default 20: a classroom often shares one address)
 * @param failureForgiven how long until one failure is forgotten (default 1 minute)
 * @param addressSignUps accounts one address may create at once (default 10)
 * @param signUpRefill how long until one address may create one more account (default 6
 * minutes)
 * @param maxTrackedClients how many accounts' and addresses' buckets are remembered
 * (default 10000)
 */
@ConfigurationProperties("aieducademy.accounts")
@Validated
public record AccountsProperties(@DefaultValue("10") @Positive int minPasswordLength,
		@DefaultValue("64") @Positive int maxPasswordLength, @DefaultValue("5") @Positive int accountFailures,
		@DefaultValue("20") @Positive int addressFailures, @DefaultValue("1m") Duration failureForgiven,
		@DefaultValue("10") @Positive int addressSignUps, @DefaultValue("6m") Duration signUpRefill,
		@DefaultValue("10000") @Positive int maxTrackedClients) {

}
