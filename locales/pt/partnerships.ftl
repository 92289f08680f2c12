## Parcerias: a lista de etapas e a equipe de cada instituição parceira, a visão da equipe central e o relatório anual.

nav-partnership = Minha parceria
partnership-title = Parceria
partnership-period = Ano da parceria: de { $start } a { $end }
partnership-wound-down = Encerrada
partnership-stalled = Parada
partnerships-back = Todas as parcerias
institutions-partnership-link = Etapas de entrada e equipe

## A lista de etapas

checklist-title = Etapas de entrada
checklist-next-title = O que fazer agora
checklist-next-staff = Próxima etapa: { $step }
checklist-all-done = Todas as etapas de entrada estão concluídas. Obrigado por formar sua equipe!
checklist-done = concluída
checklist-todo = pendente
checklist-count = { $have } de { $need }
checklist-done-on = concluída em { $date }
checklist-ticked = Marcada manualmente
checklist-note = O que aconteceu
checklist-note-hint = Por exemplo: quem formou quem, quando e sobre o quê.
checklist-record = Registrar
checklist-tick = Marcar como concluída
checklist-untick = Desfazer
checklist-step-accepted = Candidatura aceita
checklist-step-hub_ready = Hub registrado e conexão testada
checklist-step-lead_signed_in = A pessoa responsável entrou na plataforma
checklist-step-team_invited = Equipe convidada
checklist-step-team_hub_accounts = Contas da equipe no hub prontas
checklist-step-team_in_cohort = Equipe inscrita numa coorte do Open Seeds
checklist-step-first_steps = “Primeiros passos no seu hub Catalyst” concluído pela pessoa responsável e pela equipe
checklist-step-trained_others = Alguém da equipe formou outras pessoas
checklist-next-accepted = A equipe central está avaliando a candidatura.
checklist-next-hub_ready = A equipe central está configurando seu JupyterHub e testando a conexão. Por enquanto, não há nada a fazer.
checklist-next-lead_signed_in = A pessoa responsável aceita o convite recebido por e-mail e entra na plataforma.
checklist-next-team_invited = Convide sua equipe abaixo: participantes, e mentores da sua instituição.
checklist-next-team_hub_accounts = As contas da sua equipe no hub estão sendo criadas. Peça a quem ainda não tem uma que entre na plataforma uma vez.
checklist-next-team_in_cohort = A equipe central coloca sua equipe na próxima coorte do Open Seeds.
checklist-next-first_steps = Conclua o curso “Primeiros passos no seu hub Catalyst” e peça à sua equipe que também o conclua.
checklist-next-trained_others = Quando alguém da sua equipe tiver formado outras pessoas, registre aqui.

## A equipe

team-title = Equipe
team-col-person = Pessoa
team-col-signed-in = Entrou
team-col-hub = Conta no hub
team-col-courses = Cursos
team-col-cohorts = Coortes
team-col-actions = Ações
team-signed-in-yes = Sim
team-signed-in-no = Ainda não
team-no-courses = Nenhum curso iniciado
team-no-cohorts = Nenhuma
team-course-complete = concluído
team-remove = Remover
team-remove-label = Remover { $name } da equipe
team-pending-title = Convites ainda não aceitos
team-pending-expires = link válido até { $date }
team-revoke = Retirar
team-revoke-label = Retirar o convite para { $email }
team-invite-title = Convidar alguém para a equipe
team-invite-hint = A pessoa recebe um e-mail com um link para criar sua conta. Ao entrar, ganha uma conta no seu hub.
team-invite-email = E-mail
team-invite-role = Papel
team-invite-language = Idioma do convite
team-invite-submit = Enviar o convite
notice-team-invited = O convite foi enviado.
notice-team-removed = A pessoa saiu da equipe. A conta dela no hub está sendo removida.
notice-checklist-saved = A lista de etapas foi atualizada.
error-team-role = Quem integra a equipe é participante ou mentor/a.
error-team-already-invited = Este endereço já tem um convite pendente.
error-team-remove-not-allowed = Responsáveis pela instituição e a equipe central não podem ser removidos aqui.
error-checklist-step = Esta etapa não está na lista.
error-checklist-note-required = Conte brevemente o que aconteceu.
error-partnership-ended = Esta parceria foi encerrada.

## Os controles da equipe central

partnership-settings = Ajustes de entrada
partnership-team-target = Pessoas da equipe a convidar
partnership-team-target-hint = “Equipe convidada” e “contas da equipe no hub prontas” se cumprem ao chegar a este número de pessoas.
partnership-team-share = Parte da equipe, em porcentagem
partnership-team-share-hint = A parte da equipe que deve estar numa coorte e concluir “Primeiros passos”.
partnership-listed = Mostrar na lista pública de instituições parceiras
partnership-save = Salvar ajustes
notice-partnership-saved = Os ajustes foram salvos.
error-number-range = Digite um número inteiro de { $min } a { $max }.
partnership-year-title = Ano da parceria
partnership-renew-end = Nova data de término
partnership-renew = Renovar a parceria
notice-partnership-renewed = A parceria foi renovada.
error-renewal-not-later = A nova data de término deve ser posterior à atual.
partnership-wind-down-title = Encerrar
partnership-wind-down-body = Encerrar termina a parceria: { $count ->
    [one] a conta da equipe é removida do hub
   *[other] as { $count } contas da equipe são removidas do hub
}. As pessoas, o progresso delas e os relatórios são mantidos.
partnership-wind-down-mode = O que acontece no hub
partnership-mode-delete = Excluir as contas
partnership-mode-stop = Apenas parar os servidores
partnership-wind-down-confirm = Confirmo que a parceria com { $name } termina agora.
partnership-wind-down = Encerrar a parceria
notice-partnership-wound-down = A parceria foi encerrada. As contas do hub estão sendo removidas.
error-wind-down-confirm = Marque a confirmação para encerrar a parceria.
error-wind-down-mode = Escolha o que acontece com as contas do hub.

## Todas as parcerias, lado a lado

partnerships-title = Parcerias
partnerships-lead = As etapas de entrada de cada parceria, lado a lado. Parcerias sem avanço há três semanas são marcadas como paradas e aparecem primeiro.
partnerships-empty = Ainda não há parcerias.
partnerships-col-partner = Instituição parceira
partnerships-col-next = Avanço
partnerships-ends = termina em { $date }
partnerships-done = { $done } de { $total } etapas

## O relatório anual

report-link = Relatório anual
report-title = Relatório da parceria
report-heading = Relatório: { $name }
report-back = Voltar à parceria
report-years = Anos da parceria
report-period = Ano da parceria { $period }
report-csv = Baixar em CSV
report-col-name = Nome
report-col-email = E-mail
report-col-roles = Papéis
report-col-completed = Cursos concluídos neste ano
report-col-in-progress = Cursos em andamento
report-col-cohorts = Coortes deste ano
report-col-hub = Conta no hub
report-total-people = Pessoas na equipe
report-total-trained = Pessoas formadas (um curso concluído)
report-total-courses = Cursos concluídos
report-total-cohorts = Pessoas numa coorte
report-total-hub-ready = Contas do hub prontas
report-total-hub-removed = Contas do hub removidas
