-- F1: the record of sent mail never holds a live secret. From now on Mailer stores the secret parts of a
-- mail replaced (outside the demo without SMTP); this removes the sign-in, password-reset, invitation and
-- tracking links that older records hold in clear.
update sent_mail
set body = regexp_replace(body,
        'https?://\S*(/login/ott\?token=|/staff/password-reset/new\?token=|/staff/invitation\?token=|/track/)\S*',
        '[removed from the record: personal link]', 'g')
where body ~ '(/login/ott\?token=|/staff/password-reset/new\?token=|/staff/invitation\?token=|/track/)';
