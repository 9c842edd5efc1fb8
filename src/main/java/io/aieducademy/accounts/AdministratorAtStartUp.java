package io.aieducademy.accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes the account named by {@code aieducademy.admin} (or {@code AIEDUCADEMY_ADMIN}) an
 * administrator when the site starts, if it exists; if it does not, it becomes one when
 * it signs up.
 */
@Component
class AdministratorAtStartUp implements ApplicationRunner {

	private final Accounts accounts;

	AdministratorAtStartUp(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.promoteAdministrator();
	}

}
