package io.smtpatlas.data.code;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SmtpCodeRepository implements PanacheRepositoryBase<SmtpCodeEntity, String> {}
