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

mail-grading-accepted-subject = Seu exercício foi aceito
mail-grading-accepted-body =
    Olá, { $name }!

    Um(a) mentor(a) aceitou seu trabalho no exercício { $number } de “{ $lesson }” ({ $score } de { $points } pontos).
    Leia os comentários aqui:

    { $link }

    — A equipe da Catalyst Academy
mail-grading-graded-subject = Seu exercício foi avaliado
mail-grading-graded-body =
    Olá, { $name }!

    Um(a) mentor(a) avaliou seu trabalho no exercício { $number } de “{ $lesson }”: { $score } de { $points } pontos.
    Leia os comentários aqui:

    { $link }

    — A equipe da Catalyst Academy
mail-grading-revision-subject = Seu/sua mentor(a) pede uma revisão
mail-grading-revision-body =
    Olá, { $name }!

    Um(a) mentor(a) leu seu trabalho no exercício { $number } de “{ $lesson }” e pede que você o revise.
    Leia os comentários e envie uma nova versão aqui:

    { $link }

    — A equipe da Catalyst Academy
mail-grading-digest-subject = { $count ->
    [one] 1 exercício aguarda você
   *[other] { $count } exercícios aguardam você
}
mail-grading-digest-body =
    Olá, { $name }!

    { $count ->
        [one] 1 exercício entregue pelas pessoas que você orienta aguarda sua avaliação.
       *[other] { $count } exercícios entregues pelas pessoas que você orienta aguardam sua avaliação.
    }
    Os mais antigos aparecem primeiro na sua fila:

    { $link }

    — A equipe da Catalyst Academy

mail-partner-received-subject = Recebemos sua candidatura ao Projeto Catalyst
mail-partner-received-body =
    Olá, { $name }!

    Obrigado pela candidatura de { $institution } a instituição parceira do Catalyst.
    A equipe central vai ler sua candidatura e responder por e-mail, normalmente em até
    três semanas.

    — A equipe central do Projeto Catalyst
mail-partner-new-subject = Nova candidatura de instituição: { $institution }
mail-partner-new-body =
    { $institution } ({ $country }) se candidatou a instituição parceira.

    Avalie a candidatura aqui:

    { $link }
mail-partner-accepted-subject = Boas-vindas ao Projeto Catalyst
mail-partner-accepted-body =
    Olá, { $name }!

    { $institution } agora é instituição parceira do Catalyst.

    { $message }

    Você receberá à parte um convite para criar sua conta como responsável pela sua
    instituição. A partir daí você convidará sua equipe e acompanhará cada passo do seu
    primeiro ano.

    — A equipe central do Projeto Catalyst
mail-partner-declined-subject = Sua candidatura ao Projeto Catalyst
mail-partner-declined-body =
    Olá, { $name }!

    Obrigado pela candidatura de { $institution }. No momento não podemos aceitá-la.

    { $message }

    — A equipe central do Projeto Catalyst
mail-partner-year-ending-subject = O ano de parceria de { $institution } termina em { $date }
mail-partner-year-ending-body =
    Olá, { $name },

    O ano de parceria de { $institution } com o Projeto Catalyst termina em { $date }, daqui a { $days ->
        [one] um dia
       *[other] { $days } dias
    }.

    Veja a lista de etapas e o relatório anual, e diga à equipe central se deseja renovar:
    { $link }

    — A equipe central do Projeto Catalyst
