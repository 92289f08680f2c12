### Entrada de instituições parceiras: a página pública, a candidatura e sua avaliação.

nav-partners = Seja parceira
language-en = inglês
language-es = espanhol
language-pt = português

## A página pública

partners-title = Seja uma instituição parceira do Catalyst
partners-lead = O Projeto Catalyst ajuda instituições biomédicas da África e da América Latina a fazer sua pesquisa e sua formação numa plataforma de computação compartilhada e bem cuidada, e a aprender a usá-la bem.
partners-who-title = Para quem é
partners-who-body = Universidades, institutos de pesquisa, hospitais e organizações sem fins lucrativos da África e da América Latina que usam computação de alto desempenho em pesquisa biomédica, ou que formam pessoas em ciência de dados. Você não precisa de servidores próprios nem de uma equipe de sistemas: nós operamos a plataforma.
partners-get-title = O que as instituições parceiras recebem
partners-get-hub = Um JupyterHub próprio.
partners-get-hub-body = Gerenciado por nós: cada pessoa da sua equipe entra pelo navegador e tem notebooks de Python e R, sem instalar nada.
partners-get-training = Formação sobre o hub e sobre ciência aberta.
partners-get-training-body = Cursos curtos em português, espanhol e inglês, leves para conexões lentas, com mentores que leem o seu trabalho.
partners-get-cohort = Uma vaga numa coorte do Open Seeds.
partners-get-cohort-body = O OLS Open Seeds é um programa de mentoria de 16 semanas: as pessoas da sua equipe trabalham num projeto aberto com um(a) mentor(a) e conhecem outras instituições parceiras.
partners-get-teams = Ajuda para formar suas próprias equipes.
partners-get-teams-body = Acompanhamos suas primeiras pessoas formadas para que elas formem o resto da sua instituição.
partners-how-title = Como funciona
partners-how-apply = Você se candidata pelo formulário: leva uns dez minutos.
partners-how-review = A equipe central lê sua candidatura e responde por e-mail, no seu idioma, normalmente em até três semanas.
partners-how-setup = Se for aceita, configuramos o seu hub e convidamos a pessoa que lidera sua equipe, que depois convida as demais.
partners-how-year = A parceria começa por um ano, com uma lista de etapas que mostra cada passo e o que fazer a seguir. Pode ser renovada.
partners-apply-button = Candidatar-se a instituição parceira
partners-list-title = Instituições parceiras
partners-list-empty = Nossas primeiras instituições parceiras aparecerão aqui.
partners-since = parceira desde { $date }

## O formulário

apply-title = Candidatura a instituição parceira
apply-lead = Conte-nos sobre sua instituição e para que o hub serviria. Os campos obrigatórios devem ser preenchidos; todo o resto nos ajuda a entender suas necessidades.
apply-institution-legend = Sua instituição
apply-institution = Nome da instituição
apply-country = País
apply-website = Site
apply-website-hint = O endereço completo, começando com https://
apply-contact-legend = A pessoa de contato
apply-contact-name = Nome
apply-contact-email = E-mail
apply-language = Idioma preferido
apply-plans-legend = Seus planos
apply-research = Pesquisa ou formação que o hub apoiaria
apply-research-hint = Por exemplo: genômica de doenças infecciosas, um curso de ciência de dados para estudantes de biologia.
apply-users = Número esperado de pessoas usuárias no primeiro ano
apply-open-science = Como sua instituição se alinha, ou quer se alinhar, à ciência aberta
apply-open-science-hint = Dados abertos, código aberto, publicação aberta, análises reprodutíveis: o que fazem hoje e o que gostariam de fazer.
apply-infrastructure = Infraestrutura de computação existente (opcional)
apply-infrastructure-hint = Servidores, clusters, contas na nuvem ou nada: todas as respostas servem.
apply-honeypot = Deixe este campo vazio
apply-submit = Enviar a candidatura
apply-thanks-title = Obrigado pela candidatura
apply-thanks-body = Recebemos sua candidatura e enviamos uma confirmação para o e-mail de contato. A equipe central responderá no seu idioma, normalmente em até três semanas.
apply-thanks-back = Voltar à página de parcerias

## Avaliação das candidaturas

applications-title = Candidaturas de instituições
applications-filter = Filtrar por estado
applications-all = Todas
applications-empty = Não há candidaturas com este estado.
applications-col-institution = Instituição
applications-col-contact = Contato
applications-col-status = Estado
applications-col-received = Recebida
applications-back = Todas as candidaturas
applications-received-on = recebida em { $date }
applications-decision-message = Mensagem enviada com a decisão
applications-institution-link = A instituição parceira
applications-notes = Notas internas
applications-notes-hint = Só a equipe organizadora vê estas notas.
applications-save = Salvar notas e estado
applications-decide = Decisão
applications-message = Mensagem para quem se candidatou
applications-message-hint = Enviada por e-mail com a decisão. Escreva em { $language }, o idioma de quem se candidatou.
applications-year = Ano de parceria (ao aceitar)
applications-start = Começa em
applications-end = Termina em
applications-accept = Aceitar e convidar a pessoa responsável
applications-decline = Recusar
application-status-new = Nova
application-status-in_review = Em avaliação
application-status-accepted = Aceita
application-status-declined = Recusada
application-status-withdrawn = Retirada

## Mensagens

notice-application-received = Sua candidatura foi enviada.
notice-application-saved = Salvo.
notice-application-accepted = Aceita: a instituição existe e a pessoa responsável foi convidada.
notice-application-declined = Recusada: a pessoa foi avisada.
error-application-required = Este campo é obrigatório.
error-application-too-long = Longo demais: no máximo { $max } caracteres.
error-application-website = Escreva o endereço completo do site, começando com https://.
error-application-users = Escreva um número inteiro entre 1 e 100000.
error-application-rate-limited = Chegaram várias candidaturas da sua rede na última hora. Tente de novo em uma hora ou escreva para nós.
error-application-status = Este estado não pode ser escolhido agora.
error-application-decided = Esta candidatura já tem uma decisão.
error-application-message = Escreva uma mensagem explicando a decisão para quem se candidatou.
