# Provisionamento de hubs: contas do JupyterHub para estudantes e as páginas da organização que cadastram
# os hubs e conduzem o provisionamento. "Hub" é o JupyterHub de uma instituição parceira.

## Navegação e lista de hubs

admin-hubs = JupyterHubs
hubs-intro = Cada instituição parceira tem o seu próprio JupyterHub. Cadastre-o aqui, teste a conexão, e cada integrante da instituição recebe uma conta nele.
hubs-empty = Ainda não há nenhum hub cadastrado.
hubs-add = Cadastrar um hub
hubs-add-submit = Cadastrar o hub
hub-title = JupyterHub
hub-accounts = Contas
hub-accounts-none = Ainda não há contas.

## Formulário de cadastro e edição

hub-choose-institution = Escolha uma instituição
field-hub-name = Nome do hub
field-hub-url = Endereço do hub
hub-url-hint = O endereço que as pessoas abrem, por exemplo https://catalyst.2i2c.cloud
field-hub-token = Token de API
hub-token-hint = Um token de um serviço do JupyterHub com as permissões (scopes) admin:users, admin:groups e list:users (e, se possível, read:hub e delete:servers). Ele é guardado de forma criptografada e nunca mais é exibido.
hub-token-hint-edit = Deixe em branco para manter o token atual, a não ser que o endereço passe para outro servidor: aí é preciso informá-lo de novo. Um novo token é guardado de forma criptografada e nunca mais é exibido.
field-hub-scheme = Nomes de usuário no hub
hub-scheme-hint = O nome precisa ser o mesmo que o login do hub retorna; caso contrário, as pessoas ficariam com uma segunda conta, vazia.
hub-scheme-email = Endereço de e-mail (login com CILogon ou por e-mail)
hub-scheme-email-local = A parte do endereço de e-mail antes do @
hub-scheme-github = Nome de usuário do GitHub (login com GitHub)
hub-scheme-platform = Criado pela Catalyst Academy a partir do nome da pessoa
field-hub-groups = Grupos em que todo integrante entra
hub-groups-hint = Um nome de grupo por linha, por exemplo catalyst-2027. Quem administra o hub usa os grupos para compartilhar arquivos e recursos.
field-hub-course-groups = Adicionar também cada pessoa a um grupo para cada curso em que se inscrever (course-<course>)

## Teste de conexão

hub-connection = Conexão
hub-check-never = A conexão ainda não foi testada.
hub-check-submit = Testar a conexão
hub-check-passed = Conectado ao JupyterHub { $version }. O token tem todas as permissões necessárias para criar as contas.
hub-check-unreachable = Não foi possível acessar o hub neste endereço. Verifique o endereço e se o hub está funcionando.
hub-check-token-refused = O hub recusou o token. Verifique se ele foi copiado por inteiro e se o serviço dele ainda existe.
hub-check-failed = O teste de conexão falhou.
hub-check-missing-scopes = Faltam estas permissões ao token: { $scopes }. Adicione-as à função (role) do serviço do token na configuração do hub.
hub-check-optional-missing = Permissões opcionais ausentes: { $scopes }. Com read:hub, o teste consegue ver qual login o hub usa; com delete:servers, no fim de um ano de parceria é possível parar os servidores sem excluir os usuários.
hub-check-allow-existing-users = JupyterHub 5 ou posterior: as pessoas criadas aqui só conseguem entrar se o hub permitir usuários existentes (allow_existing_users = True na configuração do autenticador dele).
hub-checked-at = Último teste
hub-authenticator = Método de login
hub-scheme-proposal = O login deste hub sugere este padrão de nomes de usuário: { $scheme }.
hub-said = Resposta do hub:

## Situação das contas

hub-status-none = Ainda não
hub-status-pending = Pendente
hub-status-ready = Pronta
hub-status-failed = Com falha
hub-status-removing = Em remoção
hub-status-removed = Removida
hub-status-suspended = Suspensa
hub-count-pending = { $count ->
    [one] { $count } pendente
   *[other] { $count } pendentes
}
hub-count-ready = { $count ->
    [one] { $count } pronta
   *[other] { $count } prontas
}
hub-count-failed = { $count } com falha
hub-count-removing = { $count } em remoção
hub-count-removed = { $count ->
    [one] { $count } removida
   *[other] { $count } removidas
}
hub-count-suspended = { $count ->
    [one] { $count } suspensa
   *[other] { $count } suspensas
}

## Ações de criação de contas, lotes e tarefas

hub-sync-submit = Criar as contas que faltam
hub-sync-all-submit = Verificar todas as contas de novo
hub-retry-all-submit = { $count ->
    [one] Tentar de novo a conta com falha
   *[other] Tentar de novo as { $count } contas com falha
}
hub-provision-one = Criar a conta
hub-retry-one = Tentar de novo
hub-batch-sync = Criação de contas
hub-batch-retry = Nova tentativa
hub-batch-join = Novo(a) integrante
hub-batch-course = Grupo de curso
hub-batch-person = Uma pessoa
hub-batch-delete = Fim da parceria: excluir contas
hub-batch-stop = Fim da parceria: parar servidores
hub-batch-progress = Concluídas: { $done }; com falha: { $failed }; restantes: { $open }; total: { $total }.
hub-jobs = Fila de tarefas
hub-jobs-empty = Nenhuma tarefa aguardando ou com falha.
hub-job-action = Ação
hub-job-state = Situação
hub-job-attempts = Tentativas
hub-job-error = Último erro
hub-job-next = próxima tentativa: { $when }
job-hub-provision = Criar conta
job-hub-deprovision = Remover conta
job-status-queued = Aguardando
job-status-running = Em andamento
job-status-done = Concluída
job-status-failed = Com falha
hub-members = Integrantes
hub-members-empty = Esta instituição ainda não tem integrantes.
hub-username = Nome de usuário no hub
hub-updated = Atualizado
hub-actions = Ações
hub-settings = Configurações

## Fim de um ano de parceria

hub-deprovision = Fim do ano de parceria
hub-deprovision-intro = Remove do hub todas as contas desta instituição. As pessoas mantêm a sua conta na Catalyst Academy.
hub-deprovision-mode = O que fazer no hub
hub-deprovision-delete = Excluir os usuários do hub (o hub mantém os arquivos salvos deles)
hub-deprovision-stop = Apenas parar os servidores deles e removê-los dos grupos da plataforma
hub-deprovision-confirm = Entendo que quem faz parte de { $institution } vai perder o acesso ao seu hub.
hub-deprovision-submit = Remover as contas

## Avisos e erros

notice-hub-created = O hub foi cadastrado. Agora teste a conexão.
notice-hub-saved = O hub foi salvo.
notice-hub-checked = A conexão foi testada. O resultado está abaixo.
notice-hub-nothing-to-do = Nada a fazer: todas as contas já estão nessa situação.
notice-hub-sync-queued = A criação de contas começou. Você pode acompanhar o andamento nesta página.
notice-hub-person-queued = A tarefa desta pessoa entrou na fila.
notice-hub-retry-queued = Estamos tentando de novo as contas com falha.
notice-hub-deprovision-queued = As contas estão sendo removidas.
notice-github-saved = O nome de usuário do GitHub foi salvo.
error-hub-url-invalid = Informe o endereço do hub, começando com https:// (ou http:// se o hub estiver neste mesmo servidor).
error-hub-token-required = Informe o token de API do hub.
error-hub-token-invalid = Isto não parece um token de API: ele precisa ter pelo menos 8 caracteres, sem espaços.
error-hub-scheme-invalid = Escolha como os nomes de usuário do hub são criados.
error-hub-groups-invalid = Os nomes de grupo não podem conter barra (/), e um hub pode ter no máximo 20 grupos padrão.
error-hub-institution-taken = Esta instituição já tem um hub.
error-institution-required = Escolha a instituição a que este hub pertence.
error-hub-mode-invalid = Escolha o que fazer no hub.
error-hub-confirm-required = Marque a caixa para confirmar.
error-github-invalid = Um nome de usuário do GitHub tem até 39 letras, números ou hifens isolados, e não começa nem termina com hífen.

## Motivos mostrados a quem estuda e à equipe organizadora

hub-error-unreachable = Não foi possível acessar o hub. Vamos continuar tentando.
hub-error-token = O hub recusou o acesso da Catalyst Academy. A equipe organizadora já foi avisada.
hub-error-rejected = O hub se recusou a criar a conta. A equipe organizadora pode ver o motivo.
hub-error-server = O hub teve um problema. Vamos continuar tentando.
hub-error-protocol = O hub deu uma resposta que não entendemos.
hub-error-no-github = Este hub usa login com GitHub: adicione seu nome de usuário do GitHub à sua conta. Ele vai nomear sua conta no hub depois de confirmado.
hub-error-no-username = Não foi possível criar um nome de usuário do hub a partir dos seus dados. A equipe organizadora pode ajudar.

## Painel e conta de quem estuda

hub-card-title = Sua conta no JupyterHub
hub-card-pending = Sua conta em { $hub } está sendo configurada. Isso costuma levar um minuto.
hub-card-ready = Sua conta em { $hub } está pronta. Lá, seu nome de usuário é { $username }.
hub-card-open = Abrir seu hub
hub-card-failed = Ainda não foi possível criar sua conta em { $hub }.
hub-card-add-github = Adicionar seu nome de usuário do GitHub
hub-card-removed = Seu acesso a { $hub } terminou com o ano da parceria.
account-github = GitHub
field-github-username = Nome de usuário do GitHub
github-hint = Necessário quando o hub da sua instituição usa login com GitHub.

# Identidade: um nome de usuário do GitHub digitado não prova nada até ser confirmado.
error-github-taken = Outra conta já usa esse nome de usuário do GitHub. Se ele for seu, fale com a organização da sua coorte.
github-unverified = Ainda não confirmado. Ele não dá nenhum papel na coorte nem nomeia uma conta no hub até que um convite para o seu e-mail o mencione ou a organização da sua coorte o confirme.
github-verified = Confirmado.
## Endereços de hubs, tokens e nomes já usados no hub (revisão de segurança)

error-hub-url-https = O endereço do hub precisa começar com https://.
error-hub-url-not-public = Este endereço fica nesta máquina ou numa rede privada. O Catalyst Academy só se conecta a hubs na internet.
error-hub-token-again = O endereço agora aponta para outro servidor: informe de novo o token da API do hub. Um token guardado só é enviado ao endereço para o qual foi informado.
error-hub-prefix-invalid = Um prefixo tem até 20 letras minúsculas, números, hifens, sublinhados ou pontos, e começa com uma letra.
error-hub-not-adopted = O próprio Catalyst Academy criou este usuário do hub: não há nada a confirmar.
error-hub-adopt-admin = Este usuário é um dos administradores do hub. O Catalyst Academy nunca assume uma conta de administrador: escolha outra forma de nomear os usuários ou outro prefixo.
hub-error-blocked = O Catalyst Academy não pode se conectar ao endereço deste hub (esta máquina, uma rede privada ou um endereço de serviços de nuvem).
hub-error-redirect = O endereço do hub redireciona para outro lugar. Informe o endereço em que o próprio hub responde.
hub-error-token-again = É preciso informar de novo o token da API do hub. A equipe organizadora já foi avisada.
hub-error-name-taken = Já existe um usuário com este nome no hub. Alguém da equipe organizadora está verificando se é você.
hub-error-name-admin = Este nome pertence a um dos administradores do hub. A equipe organizadora vai escolher outro.
hub-error-reserved-name = Este nome de usuário é reservado nos hubs. A equipe organizadora pode ajudar.
hub-error-details = Detalhes:
hub-status-conflict = Nome já usado
hub-count-conflict = { $count } com o nome já usado
field-hub-prefix = Prefixo dos nomes criados pelo Catalyst Academy
hub-prefix-hint = Vem antes de cada nome que o Catalyst Academy cria a partir do nome da pessoa (a última opção de nomes de usuário), por exemplo academy-, para que esses nomes nunca coincidam com um usuário do próprio hub.
hub-token-needed = Informe de novo o token da API do hub em Configurações: o guardado não pode ser usado, porque o endereço do hub passou para outro servidor, a chave secreta do servidor mudou ou ele foi guardado antes de os tokens ficarem vinculados ao seu hub.
hub-collisions = Nomes já usados no hub
hub-collisions-intro = Os nomes de usuário destas pessoas já existiam no hub antes de o Catalyst Academy pedi-los. Até você confirmar que um usuário do hub é aquela pessoa, o Catalyst Academy não mexe nele: não o coloca em nenhum grupo e nunca o apaga.
hub-collision-confirm = Confirmo que o usuário { $username } do hub é { $name }. O Catalyst Academy pode colocá-lo em grupos e apagá-lo no fim do ano da parceria.
hub-collision-submit = Vincular este usuário do hub
hub-collision-admin = { $username } é administrador do hub e não pode ser vinculado a { $name }.
notice-hub-adoption-confirmed = O usuário do hub foi vinculado. Os grupos dele estão sendo atualizados.
hub-origin-adopted = já existia no hub, não vinculado
hub-origin-unknown = vinculado antes de o Catalyst Academy registrar quem cria os usuários do hub
hub-origin-confirmed = já existia no hub, vinculado pela equipe organizadora
hub-url-changes = Mudanças de endereço
hub-url-change = { $when }: { $who } mudou { $before } para { $after }
hub-card-conflict = Já existe um usuário com seu nome em { $hub }. A equipe organizadora está verificando se é seu.
