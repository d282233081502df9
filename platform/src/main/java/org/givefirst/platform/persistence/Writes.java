package org.givefirst.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.givefirst.platform.problem.ProblemException;

/** Writing at a point where a lost race on a unique key must become the caller's 409, not a 500 at commit. */
@ApplicationScoped
public class Writes {

    private final EntityManager em;

    public Writes(EntityManager em) {
        this.em = em;
    }

    /**
     * Writes the pending changes now.
     *
     * @throws ProblemException 409 with this detail when a unique or check constraint refused them
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flushOrConflict(String detail) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                throw ProblemException.conflict(detail);
            }
            throw e;
        }
    }

    static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
