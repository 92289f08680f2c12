### E-mails. Cada um tem um assunto e um corpo em texto simples.

# $inviter é o nome de uma pessoa, $role a função (traduzida), $link o endereço a abrir,
# $days por quantos dias o link funciona
mail-invitation-subject = Seu convite para a Catalyst Academy
mail-invitation-body =
    Olá,

    { $inviter } convidou você para a Catalyst Academy com a função de { $role }.

    A Catalyst Academy é a plataforma de formação do Projeto Catalyst. Para criar sua
    conta, abra este link e escolha seu nome, idioma e senha:

    { $link }

    O link funciona uma única vez e por { $days } dias.

    — Equipe Catalyst Academy

# $name é o nome da pessoa, $link o endereço de redefinição, $minutes por quanto tempo funciona
mail-password-reset-subject = Redefina sua senha da Catalyst Academy
mail-password-reset-body =
    Olá, { $name },

    Alguém (esperamos que você) pediu para redefinir a senha da sua conta na Catalyst Academy.
    Para escolher uma nova senha, abra este link em até { $minutes } minutos:

    { $link }

    Se você não fez esse pedido, ignore esta mensagem: sua senha continua a mesma.

    — Equipe Catalyst Academy
