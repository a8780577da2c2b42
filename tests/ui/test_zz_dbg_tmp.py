from tests.ui.test_admin_users import *
def test_dbg(qtbot, context, owner):
    with unit_of_work(context.database.session_factory, "customer") as session:
        customer_id = customers.create_customer(session, owner, name="Northwind Mining").id
    page = make_page(qtbot, context, owner)
    print(page._customer_choices)
    dialog = open_dialog(page, qtbot, page.add_button)
    fill_new_user(dialog, "northwind", Role.CUSTOMER)
    dialog.customer.setCurrentIndex(dialog.customer.findData(customer_id))
    print(dialog.customer.currentIndex(), dialog.customer.currentData())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    print(dialog.banner_text(), [dialog.field_error(f) for f in ("username","password","customer","role","sites")])
