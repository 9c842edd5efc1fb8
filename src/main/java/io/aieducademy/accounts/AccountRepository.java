package io.aieducademy.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts, found by their username (stored in lower case). */
public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByLearnerId(UUID learnerId);

	List<Account> findByRoleOrderByUsername(Role role);

	Optional<Account> findByProviderIssuerAndProviderSubject(String providerIssuer, String providerSubject);

}
