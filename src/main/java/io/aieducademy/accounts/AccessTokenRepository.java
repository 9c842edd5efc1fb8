package io.aieducademy.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens, by their lookup id and by account. */
interface AccessTokenRepository extends ListCrudRepository<AccessToken, Long> {

	Optional<AccessToken> findByLookupId(String lookupId);

	List<AccessToken> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	long countByAccountId(long accountId);

	boolean existsByLookupId(String lookupId);

	/**
	 * Notes a use, unless one was noted after {@code since}: so that a busy token costs a
	 * write a minute, not one a request.
	 */
	@Transactional
	@Modifying
	@Query("update AccessToken t set t.lastUsedAt = ?2 where t.id = ?1 and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
	int markUsed(long id, Instant now, Instant since);

	@Transactional
	@Modifying
	@Query("delete from AccessToken t where t.id = ?1 and t.accountId = ?2")
	int deleteOfAccount(long id, long accountId);

	@Modifying
	@Query("delete from AccessToken t where t.accountId = ?1")
	int deleteByAccount(long accountId);

}
