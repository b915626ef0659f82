"""The staff web application: queues, the message page, actions and the operators' tools.

Built on the store (`mailbot.store`) and the decision core; the web owns only its own
tables (`staff_user`, `web_session`, `web_document`, see `accounts` and `documents`).

    app = create_app(settings)          # mailbot.web.app
    serve(settings, host=None, port=None)
"""
