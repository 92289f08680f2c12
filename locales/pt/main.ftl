### Catalyst Academy — textos da interface (português do Brasil).
### O código usa cada identificador de mensagem; não altere os identificadores ao traduzir.

## Estrutura do site

skip-to-content = Pular para o conteúdo
nav-label = Principal
nav-home = Início
nav-account = Minha conta
nav-admin = Administração
nav-sign-in = Entrar
nav-sign-out = Sair
language-switcher-label = Idioma
footer-text = Catalyst Academy — formação para as instituições parceiras do Projeto Catalyst na África e na América Latina.
back-home = Voltar para a página inicial
back = Voltar
save = Salvar
not-found-title = Página não encontrada

## Página inicial

home-title = Boas-vindas à Catalyst Academy
home-intro = A Catalyst Academy é o espaço onde as pessoas das instituições parceiras do Catalyst aprendem a usar o seu JupyterHub e práticas de ciência aberta, e a formar as próprias equipes.
home-invitation-only = As contas são criadas por convite: a pessoa responsável pela parceria na sua instituição ou a equipe do Catalyst enviará um convite para você.
# $name é o nome da pessoa que entrou na conta
home-welcome-back = Que bom ver você de novo, { $name }.
home-about-title = Sobre o Projeto Catalyst
home-about-body = O Projeto Catalyst oferece a instituições de pesquisa e formação biomédica na África e na América Latina um JupyterHub gerenciado, capacitação no uso do hub e em ciência aberta, e uma vaga em uma coorte de mentoria do OLS Open Seeds.

## Campos de formulário

field-email = E-mail
field-password = Senha
field-name = Nome completo
field-language = Idioma preferido
field-new-password = Nova senha
field-confirm-password = Repita a nova senha
field-current-password = Senha atual
field-roles = Funções
field-role = Função
field-member-since = Membro desde
field-institution = Instituição
field-institution-name = Nome da instituição
field-country = País
field-partnership = Ano da parceria
field-partnership-start = Início da parceria
field-partnership-end = Fim da parceria
field-members = Integrantes
field-status = Situação
field-expires = Expira em
field-actions = Ações
password-hint = Pelo menos 10 caracteres. Algumas palavras sem relação entre si formam uma senha forte e fácil de lembrar.
# Botão que mostra a senha que está sendo digitada
password-show = Mostrar

## Funções

role-learner = Estudante
role-mentor = Mentor(a)
role-translator = Tradutor(a)
role-organizer = Organizador(a)
role-admin = Administrador(a)
role-partner_lead = Responsável pela instituição parceira

## Entrar e sair

sign-in-title = Entrar
sign-in-submit = Entrar
sign-in-forgot = Esqueceu sua senha?
notice-signed-out = Você saiu da sua conta.

## Convites

invitation-title = Aceite seu convite
# $email é o endereço convidado, $role o nome da função (já traduzido)
invitation-intro = Você recebeu um convite para a Catalyst Academy com a função de { $role }, no endereço { $email }. Escolha seu nome, idioma e senha para criar sua conta.
invitation-submit = Criar minha conta
notice-account-created = Sua conta está pronta. Entre com seu e-mail e sua nova senha.

## Redefinição de senha

reset-title = Redefina sua senha
reset-intro = Informe o e-mail da sua conta. Se houver uma conta com esse endereço, enviaremos um link para você escolher uma nova senha.
reset-submit = Enviar o link
notice-reset-sent = Se houver uma conta com esse endereço, um link para redefinir a senha já está a caminho. Confira sua caixa de entrada.
reset-new-title = Escolha uma nova senha
reset-new-submit = Salvar a nova senha
reset-again = Pedir um novo link
notice-password-reset = Sua senha foi alterada. Entre com a nova senha.

## Minha conta

account-title = Minha conta
account-change-password = Alterar senha
account-change-password-submit = Alterar senha
notice-password-changed = Sua senha foi alterada. Sua sessão foi encerrada em todos os outros dispositivos.

## Administração

admin-title = Administração
admin-institutions = Instituições parceiras
admin-people = Pessoas
admin-invitations = Convites
institutions-empty = Ainda não há instituições parceiras.
institutions-add = Adicionar uma instituição parceira
institutions-add-submit = Adicionar instituição
institutions-edit = Editar instituição parceira
institution-none = Nenhuma instituição
notice-institution-created = A instituição foi adicionada.
notice-institution-saved = A instituição foi salva.
notice-roles-saved = As funções foram salvas.
invitations-add = Convidar alguém
invitations-add-submit = Enviar convite
invitations-list = Convites enviados
invitations-resend = Enviar de novo
invitations-revoke = Revogar
notice-invitation-sent = O convite foi enviado.
notice-invitation-revoked = O convite foi revogado.
invitation-status-pending = Aguardando
invitation-status-accepted = Aceito
invitation-status-revoked = Revogado
invitation-status-expired = Expirado

## Erros

error-not-found = Não encontramos essa página.
error-forbidden = Você não tem permissão para ver esta página.
error-sign-in-required = Entre na sua conta para continuar.
error-rate-limited = Muitas tentativas. Aguarde 15 minutos e tente novamente.
error-internal = Algo deu errado do nosso lado. Nada foi salvo; tente novamente.
error-email-required = Informe um endereço de e-mail.
error-email-invalid = Este endereço de e-mail não é válido. Verifique se há erros de digitação, por exemplo: nome@example.org.
error-email-taken = Já existe uma conta com este endereço de e-mail.
error-name-required = Informe um nome.
error-name-too-long = Este nome é longo demais (no máximo 120 caracteres).
error-password-too-short = A senha é curta demais: use pelo menos 10 caracteres.
error-password-too-long = A senha é longa demais: use no máximo 256 caracteres.
error-password-mismatch = As duas senhas não são iguais.
error-password-wrong = A senha atual não está correta.
error-sign-in-failed = O e-mail ou a senha não estão corretos.
error-locale-invalid = Escolha inglês, espanhol ou português.
error-role-invalid = Escolha uma das funções da lista.
error-role-not-allowed = Somente quem tem a função de Administrador(a) pode convidar alguém com essa função.
error-cannot-drop-own-admin = Você não pode remover sua própria função de Administrador(a).
error-institution-invalid = Escolha uma instituição da lista.
error-institution-exists = Já existe uma instituição com este nome.
error-country-required = Informe o país.
error-date-invalid = Informe a data no formato ano-mês-dia, por exemplo: 2026-03-01.
error-end-before-start = A parceria deve terminar depois de começar.
error-invitation-invalid = Este link de convite não é válido ou já foi usado.
error-invitation-expired = Este convite expirou. Peça à pessoa que convidou você para enviá-lo de novo.
error-invitation-used = Este convite já foi aceito.
error-reset-invalid = Este link de redefinição de senha não é válido, expirou ou já foi usado.
csrf-title = Este formulário expirou
csrf-body = Para sua segurança, não foi possível aceitar o formulário. Volte, recarregue a página e envie-o novamente.

## Datas. $day, $month e $year são números, exceto $month, que é um dos nomes abaixo.

date-long = { $day } de { $month } de { $year }
# $date é uma date-long, $time é horas:minutos (UTC)
datetime-long = { $date }, às { $time } UTC
# $zone é o nome IANA de um fuso horário, como America/Montevideo
datetime-zone = { $date }, às { $time } ({ $zone })
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Cursos

admonition-note = Nota
admonition-tip = Dica
admonition-warning = Atenção
admonition-important = Importante
error-course-unknown = Esse curso não existe.
error-person-unknown = Não há nenhuma conta com este e-mail. Envie um convite primeiro.
error-institution-no-members = Esta instituição ainda não tem integrantes.
nav-courses = Cursos
nav-dashboard = Meu aprendizado
catalog-title = Cursos
catalog-filter-language = Mostrar cursos disponíveis em
catalog-filter-any = qualquer idioma
catalog-filter-submit = Mostrar
catalog-empty = Ainda não há cursos para esta opção.
# $lessons é um número de aulas, $minutes de minutos
course-lessons-minutes = { $lessons ->
        [one] 1 aula
       *[other] { $lessons } aulas
    }, cerca de { $minutes } minutos
# Quantas das aulas existem no idioma de quem lê
course-translated = { $translated } de { $lessons } aulas no seu idioma
progress-percent = { $percent }% concluído
course-audience = Para:
course-enroll = Inscrever-me neste curso
course-start = Começar o curso
course-continue = Continuar
course-sign-in-to-track = Entre para acompanhar o seu progresso.
course-lessons = Aulas
lesson-minutes = { $minutes } min
lesson-done = Concluída
lesson-not-translated = Em inglês
lesson-outdated = Tradução em revisão
course-staff-enroll = Inscrever pessoas (equipe)
course-staff-enroll-person = Inscrever esta pessoa
course-staff-enroll-institution = Inscrever todas as pessoas desta instituição
breadcrumb-label = Você está aqui
lesson-position = Aula { $number } de { $total }
lesson-fallback-notice = Esta aula ainda não foi traduzida para o seu idioma, por isso aparece em inglês.
lesson-outdated-notice = A versão em inglês desta aula mudou depois da tradução: algumas partes podem estar desatualizadas.
lesson-unpublished = Esta aula não pode ser exibida agora. A equipe já foi avisada e está corrigindo.
lesson-mark-complete = Marcar como concluída
pager-label = Aulas
lesson-previous = Anterior
lesson-next = Próxima
dashboard-title = Meu aprendizado
dashboard-empty = Você ainda não se inscreveu em nenhum curso.
dashboard-completed = { $completed } de { $lessons } aulas concluídas
notice-enrolled = Inscrição feita. Boas-vindas ao curso!
notice-staff-enrolled = Inscrição realizada.
notice-lesson-completed = Aula marcada como concluída.

# Names and titles are plain text on one line.
error-text-markup = Use texto simples aqui: sem sinais de menor e maior < >, quebras de linha ou caracteres de controle.
error-text-too-long = É longo demais (no máximo { $max } caracteres).
too-large-title = Grande demais de uma vez
too-large-body = O que foi enviado é maior do que esta página aceita. Volte e envie um arquivo menor ou um texto mais curto.
forbidden-title = Não permitido
admonition-attention = Atenção
admonition-caution = Cuidado
admonition-danger = Perigo
admonition-error = Erro
admonition-hint = Sugestão
admonition-seealso = Veja também
admonition-admonition = Nota
admonition-dropdown = Detalhes
lesson-task-done = Feito
lesson-task-open = A fazer
