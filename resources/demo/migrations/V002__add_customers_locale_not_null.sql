-- Customers get a preferred locale for e-mails and invoices, required from now on.
ALTER TABLE customers ADD COLUMN locale text;

UPDATE customers
   SET locale = CASE country_code
                    WHEN 'FR' THEN 'fr-FR'
                    WHEN 'NL' THEN 'nl-NL'
                    WHEN 'PL' THEN 'pl-PL'
                    WHEN 'DK' THEN 'da-DK'
                    WHEN 'SE' THEN 'sv-SE'
                    ELSE 'de-DE'
                END;

ALTER TABLE customers ALTER COLUMN locale SET NOT NULL;
